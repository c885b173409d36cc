import { z } from "zod";
import { InvalidRequest } from "./errors";
import { menuKey, type PlatformItemIds } from "./menu";
import type { Notification } from "./platform-notification";
import { ZPlatform, type Platform } from "./platforms";
import { endOfLocalDay, localTime, toIso } from "./time-zone";

// What a store tells the platforms besides answering orders: an item it has run out of ("86"), and
// that it takes no orders for a while (paused). Pure: the services store and send them.

const MINUTE = 60_000;
/** The longest a pause or an 86 may be set for ahead; past that it is "until turned back on". */
const LONGEST_MS = 7 * 24 * 60 * MINUTE;

/** Busy mode adds at most this much to a quote. */
export const MAX_BUSY_MINUTES = 60;

const ZUntil = z.iso.datetime({ offset: true }).describe("When it ends by itself (ISO 8601); left out: until turned back on");

/** `until` as sent, or `"end_of_day"`: the end of the store's day. */
const ZUntilOrEndOfDay = z.union([ZUntil, z.literal("end_of_day")]);

export const ZItemAvailability = z.object({
  available: z.boolean().describe("false 86's the item: the platforms stop selling it"),
  until: ZUntilOrEndOfDay.optional().describe("With `available: false`: when it comes back by itself, as an ISO 8601 time or `end_of_day` (the store's local midnight); left out: until turned back on"),
});
export type ItemAvailability = z.infer<typeof ZItemAvailability>;

export const ZAvailabilityChange = z.object({
  paused: z.boolean().optional().describe("true pauses the store, false resumes it on every platform; left out: the pause stays as it is"),
  platforms: z.array(ZPlatform).min(1).optional().describe("The platforms to pause on; left out: every platform"),
  reason: z.string().trim().min(1).max(200).optional().describe("Why, as the board and the platforms are told"),
  minutes: z.int().min(1).max(LONGEST_MS / MINUTE).optional().describe("Pause this long; it resumes by itself"),
  until: ZUntilOrEndOfDay.optional().describe("Or pause until this time (ISO 8601), or `end_of_day`: the store's local midnight"),
  busy_minutes: z.int().min(0).max(MAX_BUSY_MINUTES).optional().describe("Busy mode: this many minutes on every quote (0 ends it); left out: busy mode stays as it is"),
  busy_for_minutes: z.int().min(1).max(LONGEST_MS / MINUTE).optional().describe("Busy for this long; it ends by itself"),
  busy_until: ZUntilOrEndOfDay.optional().describe("Or busy until this time (ISO 8601) or `end_of_day`; neither: until turned off"),
});
export type AvailabilityChange = z.infer<typeof ZAvailabilityChange>;
export type PauseChange = Pick<AvailabilityChange, "platforms" | "reason" | "minutes" | "until"> & { paused: boolean };

/** When a control set now ends by itself: null for "until turned back on". */
export function endsAt(now: number, timeZone: string, { minutes, until }: { minutes?: number; until?: string }): number | null {
  if (minutes !== undefined && until !== undefined) throw new InvalidRequest("Give `minutes` or `until`, not both");
  if (minutes !== undefined) return now + minutes * MINUTE;
  if (until === undefined) return null;
  const at = until === "end_of_day" ? endOfLocalDay(now, timeZone) : Date.parse(until);
  if (at <= now) throw new InvalidRequest("`until` has passed already");
  if (at > now + LONGEST_MS) throw new InvalidRequest("`until` is more than 7 days ahead: leave it out to pause until turned back on");
  return at;
}

/** A store's pause as it stands at `now`: one that has run out is over, whether or not the clock has swept it yet. */
export type Pause = { platforms: Platform[] | null; reason: string | null; until: number | null };
export type PauseState = { paused: boolean; pausePlatforms: Platform[] | null; pauseReason: string | null; pauseUntil: number | null };

export function pauseAt(store: PauseState, now: number): Pause | null {
  if (!store.paused || (store.pauseUntil !== null && store.pauseUntil <= now)) return null;
  return { platforms: store.pausePlatforms, reason: store.pauseReason, until: store.pauseUntil };
}

/** Busy mode as it stands at `now`: extra minutes on every quote, until when. */
export type Busy = { minutes: number; until: number | null };
export function busyAt(store: { busyMinutes: number; busyUntil: number | null }, now: number): Busy | null {
  if (store.busyMinutes <= 0 || (store.busyUntil !== null && store.busyUntil <= now)) return null;
  return { minutes: store.busyMinutes, until: store.busyUntil };
}

/** Whether an 86'd item is still out at `now`. */
export function stillOut(item: { available: boolean; unavailableUntil: number | null }, now: number): boolean {
  return !item.available && (item.unavailableUntil === null || item.unavailableUntil > now);
}

/** What a platform hears of an item 86'd or back on: its own id for it, and ours. */
export function itemNotification(storeId: string, platform: Platform, item: { id: number; name: string; platformIds: PlatformItemIds }, until: number | null, available: boolean): Notification {
  const data = { store_id: storeId, item_id: item.platformIds[platform] ?? null, merchant_supplied_id: String(item.id), name: item.name };
  return available
    ? { type: "item.available", data, timeCritical: false }
    : { type: "item.unavailable", data: { ...data, unavailable_until: toIso(until) }, timeCritical: false };
}

/** What a platform hears of the store pausing (with why and until when) or taking orders again. */
export function pauseNotification(storeId: string, pause: Pause | null): Notification {
  return pause
    ? { type: "store.paused", data: { store_id: storeId, reason: pause.reason, paused_until: toIso(pause.until) }, timeCritical: false }
    : { type: "store.resumed", data: { store_id: storeId }, timeCritical: false };
}

/** What a platform hears of busy mode: the minutes every quote grows by, until when (0: back to normal). */
export function busyNotification(storeId: string, busy: Busy | null): Notification {
  return { type: "store.busy", data: { store_id: storeId, extra_minutes: busy?.minutes ?? 0, busy_until: toIso(busy?.until ?? null) }, timeCritical: false };
}

export const ZAutoAccept = z.object({
  platforms: z.array(ZPlatform).refine((platforms) => new Set(platforms).size === platforms.length, "Name each platform once").describe("The platforms whose new orders are accepted at once; empty: auto-accept is off"),
  prep_minutes: z.int().min(1).max(120).describe("The prep time quoted (busy mode's minutes are added)"),
  max_items: z.int().min(1).max(500).nullable().describe("Orders with more items than this wait for a person; null: no limit"),
  max_total_cents: z.int().min(1).nullable().describe("Orders over this total (in cents) wait for a person; null: no limit"),
});
export type AutoAccept = z.infer<typeof ZAutoAccept>;

type Candidate = { status: string; platform: Platform; totalCents: number; items: readonly { name: string; quantity: number }[]; cameInClosed?: boolean };

/**
 * Why an order that just came in must wait for a person rather than be accepted at once; null when
 * auto-accept takes it. Scheduled orders, orders that came in while the store was closed, orders
 * naming an 86'd item and orders over a limit wait.
 */
export function autoAcceptRefusal(order: Candidate, settings: AutoAccept, unavailable: ReadonlySet<string>): string | null {
  if (!settings.platforms.includes(order.platform)) return "not on for this platform";
  if (order.status !== "incoming") return "placed for later";
  if (order.cameInClosed) return "came in outside opening hours";
  if (order.items.some((item) => unavailable.has(menuKey(item.name)))) return "names an 86'd item";
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
  if (settings.max_items !== null && count > settings.max_items) return `more than ${settings.max_items} items`;
  if (settings.max_total_cents !== null && order.totalCents > settings.max_total_cents) return "over the total limit";
  return null;
}

export const ZHeartbeat = z.object({
  minutes: z.int().min(0).max(240).describe("With no board connected this long, the store is paused on every platform (reason \"No tablet online\") until one is back; 0 turns the heartbeat off"),
  alert_url: z.url({ protocol: /^https?$/ }).max(2000).nullable().describe("Where the store's managers are told (a POST of `store.tablets_offline`); null: nowhere"),
});

const WEEK = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "A time as HH:MM, 00:00 to 24:00");
const ZOpening = z
  .object({ open: ZClock, close: ZClock })
  .refine((span) => span.close > span.open, { message: "Closes after it opens (past midnight: end at 24:00 and open at 00:00 the next day)", path: ["close"] });

/** A store's opening hours in its own time zone, day by day; a day left out or empty is closed. */
export const ZOpeningHours = z
  .partialRecord(z.enum(WEEK), z.array(ZOpening).max(6))
  .describe("Per weekday (monday … sunday), the spans the store is open, as local HH:MM; a day left out is closed");
export type OpeningHours = z.infer<typeof ZOpeningHours>;

/** Whether the store is open at `at` by its hours (null: no hours set, always open), read on its own wall clock. */
export function isOpenAt(hours: OpeningHours | null, at: number, timeZone: string): boolean {
  if (hours === null) return true;
  const local = localTime(at, timeZone);
  const clock = `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
  return (hours[WEEK[local.weekday]!] ?? []).some((span) => span.open <= clock && clock < span.close);
}

/** Busy mode that follows the kitchen never moves the quotes more often than this. */
export const BUSY_AUTO_STEADY_MS = 5 * MINUTE;
/** Orders the kitchen takes in its stride; each one more adds two minutes to every quote. */
const EASY_LOAD = 4;
/** An oldest order in the kitchen older than this adds its extra minutes. */
const EASY_AGE_MS = 20 * MINUTE;

export const ZBusyAuto = z.object({
  enabled: z.boolean().describe("Whether busy mode follows the kitchen by itself"),
  max_minutes: z.int().min(5).max(MAX_BUSY_MINUTES).describe("The most it adds to a quote"),
});
export type BusyAuto = z.infer<typeof ZBusyAuto>;

/**
 * The minutes busy mode should add, from the kitchen's real state: two per order in Accepted and
 * Bagging beyond four, plus one per minute the oldest of them is past twenty; in steps of five, up to `max`.
 */
export function kitchenBusyMinutes({ active, oldestAgeMs, max }: { active: number; oldestAgeMs: number | null; max: number }): number {
  const byLoad = Math.max(0, active - EASY_LOAD) * 2;
  const byAge = oldestAgeMs === null ? 0 : Math.max(0, oldestAgeMs - EASY_AGE_MS) / MINUTE;
  return Math.min(max, Math.round((byLoad + byAge) / 5) * 5);
}
