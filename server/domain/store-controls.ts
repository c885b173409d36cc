import { z } from "zod";
import { InvalidRequest } from "./errors";
import type { PlatformItemIds } from "./menu";
import type { Notification } from "./platform-notification";
import { ZPlatform, type Platform } from "./platforms";
import { endOfLocalDay, toIso } from "./time-zone";

// What a store tells the platforms besides answering orders: an item it has run out of ("86"), and
// that it takes no orders for a while (paused). Pure: the services store and send them.

const MINUTE = 60_000;
/** The longest a pause or an 86 may be set for ahead; past that it is "until turned back on". */
const LONGEST_MS = 7 * 24 * 60 * MINUTE;

const ZUntil = z.iso.datetime({ offset: true }).describe("When it ends by itself (ISO 8601); left out: until turned back on");

/** `until` as sent, or `"end_of_day"`: the end of the store's day. */
const ZUntilOrEndOfDay = z.union([ZUntil, z.literal("end_of_day")]);

export const ZItemAvailability = z.object({
  available: z.boolean().describe("false 86's the item: the platforms stop selling it"),
  until: ZUntilOrEndOfDay.optional().describe("With `available: false`: when it comes back by itself, as an ISO 8601 time or `end_of_day` (the store's local midnight); left out: until turned back on"),
});
export type ItemAvailability = z.infer<typeof ZItemAvailability>;

export const ZPauseChange = z
  .object({
    paused: z.boolean().describe("true pauses the store, false resumes it on every platform"),
    platforms: z.array(ZPlatform).min(1).optional().describe("The platforms to pause on; left out: every platform"),
    reason: z.string().trim().min(1).max(200).optional().describe("Why, as the board and the platforms are told"),
    minutes: z.int().min(1).max(LONGEST_MS / MINUTE).optional().describe("Pause this long; it resumes by itself"),
    until: ZUntilOrEndOfDay.optional().describe("Or pause until this time (ISO 8601), or `end_of_day`: the store's local midnight"),
  });
export type PauseChange = z.infer<typeof ZPauseChange>;

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
