import { z } from "zod";
import { storesFor } from "@/server/domain/access";
import { ZLeadMinutes } from "@/server/domain/scheduling";
import { ZAutoAccept, ZAvailabilityChange, ZBusyAuto, ZHeartbeat, type Busy, type Pause } from "@/server/domain/store-controls";
import { toIso as iso } from "@/server/domain/time-zone";
import { ZApiAutoAccept, ZApiAvailability, ZApiBusyAuto, ZApiHeartbeat, ZApiHours, ZApiStore } from "@/server/rest/api-schemas";
import { readAutoAccept, setAutoAccept } from "@/server/services/auto-accept";
import { readBusyAuto, setBusyAuto } from "@/server/services/kitchen-busy";
import { changeAvailability, readAvailability, readOpeningHours, setOpeningHours } from "@/server/services/store-controls";
import { readHeartbeat, setHeartbeat } from "@/server/services/tablet-heartbeat";
import { authorize } from "@/server/services/authorize";
import { getStore, listStores, updateStore } from "@/server/services/list-stores";
import { actionProcedure, storeProcedure } from "../init";
import { restRoute } from "../rest-route";

export const ZTimezone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Not a time zone: use an IANA name such as America/New_York");

const toApiAvailability = ({ pause, busy }: { pause: Pause | null; busy: Busy | null }) => ({
  paused: pause !== null,
  platforms: pause?.platforms ?? null,
  reason: pause?.reason ?? null,
  until: iso(pause?.until ?? null),
  busy_minutes: busy?.minutes ?? 0,
  busy_until: iso(busy?.until ?? null),
});

export const storesRouter = {
  /** The stores the caller may open (a person) or send orders to and read from (a token). */
  list: actionProcedure("orders.read")
    .meta(restRoute("GET", "/stores", "List stores", { tag: "Stores", description: "The stores this token may send orders to and read from." }))
    .use(async ({ ctx, next }) => next({ ctx: { stores: storesFor(await authorize(ctx.principal, "orders.read", null), "orders.read") } }))
    .output(z.object({ stores: z.array(ZApiStore) }))
    .query(async ({ ctx }) => ({
      stores: (await listStores())
        .filter((store) => ctx.stores === null || ctx.stores.includes(store.id))
        .map(({ id, name, timezone, schedulePrepMinutes, scheduleBufferMinutes }) => ({ id, name, timezone, schedule: { prep_minutes: schedulePrepMinutes, buffer_minutes: scheduleBufferMinutes } })),
    })),
  byId: storeProcedure("orders.read").query(async ({ input }) => await getStore(input.storeId)),
  update: storeProcedure("store.manage")
    .input(z.object({ name: z.string().trim().min(1).max(80), timezone: ZTimezone, schedulePrepMinutes: ZLeadMinutes.optional(), scheduleBufferMinutes: ZLeadMinutes.optional(), notPickedUpMinutes: z.int().min(5).max(24 * 60).optional() }))
    .mutation(async ({ input: { storeId, ...changes } }) => await updateStore(storeId, changes)),
  availability: storeProcedure("menu.read", "id")
    .meta(restRoute("GET", "/stores/{id}/availability", "Whether a store is paused or busy", { tag: "Stores", description: "Paused or taking orders (on which platforms, why, until when), and busy mode's extra minutes on every quote. Needs `stores:read`." }))
    .output(ZApiAvailability)
    .query(async ({ input }) => toApiAvailability(await readAvailability(input.id))),
  setAvailability: storeProcedure("controls.write", "id")
    .meta(
      restRoute("PUT", "/stores/{id}/availability", "Pause a store or resume it; set busy mode", {
        tag: "Stores",
        description:
          "`{ paused: true }` pauses the store on every platform, or on those in `platforms`, with an optional `reason`, for `minutes` or `until` a time (an ISO 8601 time, or `end_of_day` for the store's local midnight); it resumes by itself then, and without either it stays paused until resumed. `{ paused: false }` resumes it. Orders already placed still come in. " +
          "`busy_minutes` (1–60) puts that many extra minutes on every quote (the board's default prep time, auto-accept's), for `busy_for_minutes` or until `busy_until`, or until `busy_minutes: 0`. " +
          "The platforms are told (`store.paused` / `store.resumed` to those paused, `store.busy` to all), and every board of the store shows a banner with the time left. Neither `paused` nor `busy_minutes`, both a duration and a time, a time past or over 7 days ahead are **422**. Needs `stores:write`.",
        refusals: [422],
      }),
    )
    .input(ZAvailabilityChange)
    .output(ZApiAvailability)
    .mutation(async ({ ctx, input: { id, ...change } }) => toApiAvailability(await changeAvailability(id, change, ctx.actor))),
  autoAccept: storeProcedure("menu.read", "id")
    .meta(restRoute("GET", "/stores/{id}/auto-accept", "A store's auto-accept", { tag: "Stores", description: "The platforms whose new orders the store accepts at once, the prep time it quotes and the limits over which an order waits for a person. Needs `stores:read`." }))
    .output(ZApiAutoAccept)
    .query(async ({ input }) => await readAutoAccept(input.id)),
  setAutoAccept: storeProcedure("controls.configure", "id")
    .meta(
      restRoute("PUT", "/stores/{id}/auto-accept", "Set a store's auto-accept", {
        tag: "Stores",
        description:
          "New orders from the platforms named are accepted at once with `prep_minutes` (plus busy mode's minutes), except scheduled orders, orders naming an 86'd item, and orders over `max_items` or `max_total_cents`, which wait for a person. Every board still chimes and shows the order as auto-accepted. `platforms: []` turns it off. Needs `stores:write`.",
      }),
    )
    .input(ZAutoAccept)
    .output(ZApiAutoAccept)
    .mutation(async ({ ctx, input: { id, ...settings } }) => await setAutoAccept(id, settings, ctx.actor)),
  heartbeat: storeProcedure("menu.read", "id")
    .meta(restRoute("GET", "/stores/{id}/heartbeat", "A store's tablet heartbeat", { tag: "Stores", description: "How long the store may go without a board connected before it is paused on every platform, and where its managers hear of it. Needs `stores:read`." }))
    .output(ZApiHeartbeat)
    .query(async ({ input }) => await readHeartbeat(input.id)),
  setHeartbeat: storeProcedure("controls.configure", "id")
    .meta(
      restRoute("PUT", "/stores/{id}/heartbeat", "Set a store's tablet heartbeat", {
        tag: "Stores",
        description:
          "With no board of the store connected for `minutes` (default 5; 0: off), the store is paused on every platform with reason \"No tablet online\" and `alert_url` gets a POST `{ type: \"store.tablets_offline\", data: { store_id, last_board_seen, … } }`; it resumes within seconds of a board connecting. A pause a person set is never lifted by it. An `alert_url` at a private address is **422**. Needs `stores:write`.",
        refusals: [422],
      }),
    )
    .input(ZHeartbeat)
    .output(ZApiHeartbeat)
    .mutation(async ({ input: { id, ...settings } }) => await setHeartbeat(id, settings)),
  hours: storeProcedure("menu.read", "id")
    .meta(restRoute("GET", "/stores/{id}/hours", "A store's opening hours", { tag: "Stores", description: "When the store is open, per weekday, on its own wall clock; `hours: null` is always open. Needs `stores:read`." }))
    .output(ZApiHours)
    .query(async ({ input }) => ({ hours: await readOpeningHours(input.id) })),
  setHours: storeProcedure("controls.configure", "id")
    .meta(
      restRoute("PUT", "/stores/{id}/hours", "Set a store's opening hours", {
        tag: "Stores",
        description:
          "Per weekday (`monday` … `sunday`), the spans the store is open as local `HH:MM` (a span ends after it starts; past midnight, end at `24:00` and open the next day at `00:00`); a day left out is closed; `hours: null` is always open. An order arriving outside them is flagged on every board (deny as `STORE_CLOSED` in one tap) and never auto-accepted, and the tablet heartbeat leaves a closed store alone. Needs `stores:write`.",
      }),
    )
    .input(ZApiHours)
    .output(ZApiHours)
    .mutation(async ({ ctx, input: { id, hours } }) => ({ hours: await setOpeningHours(id, hours, ctx.actor) })),
  busyAuto: storeProcedure("menu.read", "id")
    .meta(restRoute("GET", "/stores/{id}/busy-auto", "Whether busy mode follows the kitchen", { tag: "Stores", description: "Whether the store's busy mode sets itself from the kitchen, and the most it may add. Needs `stores:read`." }))
    .output(ZApiBusyAuto)
    .query(async ({ input }) => await readBusyAuto(input.id)),
  setBusyAuto: storeProcedure("controls.configure", "id")
    .meta(
      restRoute("PUT", "/stores/{id}/busy-auto", "Let busy mode follow the kitchen", {
        tag: "Stores",
        description:
          "With `enabled`, every minute the store's busy mode is set from the kitchen's real state: two minutes per order in Accepted and Bagging beyond four, plus a minute for each minute the oldest of them is past twenty, in steps of five, up to `max_minutes`. The quotes never move more often than once in five minutes; each move is an event (by **Busy mode (kitchen)**) on every board and told to the platforms (`store.busy`). Needs `stores:write`.",
      }),
    )
    .input(ZBusyAuto)
    .output(ZApiBusyAuto)
    .mutation(async ({ input: { id, ...settings } }) => await setBusyAuto(id, settings)),
};
