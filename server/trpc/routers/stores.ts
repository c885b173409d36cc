import { z } from "zod";
import { storesFor } from "@/server/domain/access";
import { ZLeadMinutes } from "@/server/domain/scheduling";
import { ZPauseChange, type Pause } from "@/server/domain/store-controls";
import { toIso as iso } from "@/server/domain/time-zone";
import { ZApiAvailability, ZApiStore } from "@/server/rest/api-schemas";
import { readPause, setPause } from "@/server/services/store-controls";
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

const toApiAvailability = (pause: Pause | null) => ({
  paused: pause !== null,
  platforms: pause?.platforms ?? null,
  reason: pause?.reason ?? null,
  until: iso(pause?.until ?? null),
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
    .meta(restRoute("GET", "/stores/{id}/availability", "Whether a store is paused", { tag: "Stores", description: "Paused or taking orders, on which platforms, why and until when. Needs `stores:read`." }))
    .output(ZApiAvailability)
    .query(async ({ input }) => toApiAvailability(await readPause(input.id))),
  setAvailability: storeProcedure("controls.write", "id")
    .meta(
      restRoute("PUT", "/stores/{id}/availability", "Pause a store, or resume it", {
        tag: "Stores",
        description:
          "`{ paused: true }` pauses the store on every platform, or on those in `platforms`, with an optional `reason`, for `minutes` or `until` a time (an ISO 8601 time, or `end_of_day` for the store's local midnight); it resumes by itself then, and without either it stays paused until resumed. `{ paused: false }` resumes it. Orders already placed still come in. The platforms are told both ways (`store.paused` / `store.resumed`), and every board of the store shows a banner with the time left. Both `minutes` and `until`, a time past or over 7 days ahead are **422**. Needs `stores:write`.",
        refusals: [422],
      }),
    )
    .input(ZPauseChange)
    .output(ZApiAvailability)
    .mutation(async ({ ctx, input: { id, ...change } }) => toApiAvailability(await setPause(id, change, ctx.actor))),
};
