import "server-only";
import { and, asc, eq, gt, isNotNull, lte, min } from "drizzle-orm";
import { getDb, transaction, type Db, type Tx } from "@/db/client";
import { menuItems, stores, type OrderEventRow } from "@/db/schema";
import { InvalidRequest, NotFound } from "@/server/domain/errors";
import { menuKey } from "@/server/domain/menu";
import type { Notification } from "@/server/domain/platform-notification";
import type { Platform } from "@/server/domain/platforms";
import {
  busyAt,
  busyNotification,
  endsAt,
  itemNotification,
  pauseAt,
  pauseNotification,
  stillOut,
  type AvailabilityChange,
  type Busy,
  type ItemAvailability,
  type OpeningHours,
  type Pause,
  type PauseChange,
} from "@/server/domain/store-controls";
import { eventBus, type StoreEventMessage } from "@/server/events/bus";
import { SYSTEM_ACTOR, type Actor } from "./actor";
import { dueTimer, processTimer } from "./due-timer";
import { getStore } from "./list-stores";
import type { MenuItem } from "./menu";
import { enqueueStoreNotifications } from "./outbox";
import { recordEvent } from "./record-event";

/**
 * What every board of a store shows of its controls: the pause, busy mode, the items 86'd (with the
 * key its cards match lines by), the platforms auto-accepted and the prep time quoted by default.
 */
export type StoreControls = {
  pause: Pause | null;
  busy: Busy | null;
  unavailable: { id: number; name: string; key: string; until: number | null }[];
  autoAcceptPlatforms: Platform[];
  defaultPrepMinutes: number;
  hours: OpeningHours | null;
};

export async function readControls(storeId: string, now: number, db: Db | Tx = getDb()): Promise<StoreControls> {
  const store = await getStore(storeId, db);
  const out = await db
    .select()
    .from(menuItems)
    .where(and(eq(menuItems.storeId, storeId), eq(menuItems.available, false)))
    .orderBy(asc(menuItems.nameKey));
  return {
    pause: pauseAt(store, now),
    busy: busyAt(store, now),
    autoAcceptPlatforms: store.autoAcceptPlatforms,
    defaultPrepMinutes: store.defaultPrepMinutes,
    hours: store.openingHours,
    unavailable: out.filter((item) => stillOut(item, now)).map((item) => ({ id: item.id, name: item.name, key: menuKey(item.name), until: item.unavailableUntil })),
  };
}

type StoreChange = {
  storeId: string;
  actor: Actor;
  now: number;
  event: Pick<OrderEventRow, "type"> & Partial<Pick<OrderEventRow, "message" | "data">>;
  /** Who hears of it (null: every platform connected) and what each is told; nobody, without it. */
  tell?: { platforms: readonly Platform[] | null; notification: (platform: Platform) => Notification };
};

/** A store's own event row, its platforms' notifications in the outbox, and the controls every board now shows. */
export async function recordStoreChange(tx: Tx, { storeId, actor, now, event, tell }: StoreChange): Promise<StoreEventMessage> {
  const row = await recordEvent({ ...event, orderId: null, storeId }, actor, now);
  if (tell) await enqueueStoreNotifications(tx, row, tell.platforms, tell.notification, now);
  return { event: row, controls: await readControls(storeId, now, tx) };
}

/** Writes a store change, then tells every board (and plans the end of what it set). */
export async function committed<T extends { message: StoreEventMessage | null }>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await transaction(work, { write: true });
  if (result.message) {
    eventBus().publish(result.message);
    const until = result.message.event.data?.until;
    if (typeof until === "number") controlExpiries().plan(until);
  }
  return result;
}

/**
 * 86's an item (until a time, the end of the store's day, or until turned back on) or puts it back
 * on. Every connected platform is told through the outbox; every board hears it. Setting what is
 * already set writes nothing.
 */
export async function setItemAvailability(storeId: string, itemId: number, change: ItemAvailability, actor: Actor, now = Date.now()): Promise<MenuItem> {
  const { item } = await committed(async (tx) => {
    const store = await getStore(storeId, tx);
    const [item] = await tx.select().from(menuItems).where(and(eq(menuItems.id, itemId), eq(menuItems.storeId, storeId)));
    if (!item) throw new NotFound(`Item ${itemId} is not on this store's menu`);
    const until = change.available ? null : endsAt(now, store.timezone, { until: change.until });
    const wasOut = stillOut(item, now);
    // Back on when its flag is still down, though its time may have run out: the platforms hear it either way.
    if (change.available ? item.available : wasOut && item.unavailableUntil === until) return { item, message: null };
    const [updated] = await tx.update(menuItems).set({ available: change.available, unavailableUntil: until, updatedAt: now }).where(eq(menuItems.id, itemId)).returning();
    const message = await recordStoreChange(tx, {
      storeId,
      actor,
      now,
      event: { type: "item_availability", message: item.name, data: { itemId, name: item.name, available: change.available, until } },
      tell: { platforms: null, notification: (platform) => itemNotification(storeId, platform, item, until, change.available) },
    });
    return { item: updated!, message };
  });
  return item;
}

/** Whether the store is paused now (where, why and until when) and busy (by how much, until when). */
export async function readAvailability(storeId: string, now = Date.now()) {
  const store = await getStore(storeId);
  return { pause: pauseAt(store, now), busy: busyAt(store, now) };
}

/** A change of the store's availability: its pause, its busy mode, or both. */
export async function changeAvailability(storeId: string, change: AvailabilityChange, actor: Actor, now = Date.now()) {
  const { paused, platforms, reason, minutes, until, busy_minutes, busy_for_minutes, busy_until } = change;
  if (paused === undefined && busy_minutes === undefined) throw new InvalidRequest("Say `paused`, `busy_minutes` or both");
  // Both times are checked before either change is written: a refusal changes nothing.
  const { timezone } = await getStore(storeId);
  if (paused) endsAt(now, timezone, { minutes, until });
  if (busy_minutes) endsAt(now, timezone, { minutes: busy_for_minutes, until: busy_until });
  if (paused !== undefined) await setPause(storeId, { paused, platforms, reason, minutes, until }, actor, now);
  if (busy_minutes !== undefined) await setBusy(storeId, { minutes: busy_minutes, forMinutes: busy_for_minutes, until: busy_until }, actor, now);
  return readAvailability(storeId, now);
}

/**
 * Busy mode: every quote (the board's default prep time, auto-accept's) grows by `minutes`, for a
 * while, until a time or until turned off (0 turns it off). Every connected platform is told.
 */
export async function setBusy(storeId: string, change: { minutes: number; forMinutes?: number; until?: string }, actor: Actor, now = Date.now()): Promise<Busy | null> {
  const { busy } = await committed(async (tx) => {
    const store = await getStore(storeId, tx);
    const current = busyAt(store, now);
    const busy: Busy | null = change.minutes > 0 ? { minutes: change.minutes, until: endsAt(now, store.timezone, { minutes: change.forMinutes, until: change.until }) } : null;
    if (!busy && !current && store.busyMinutes === 0) return { busy, message: null };
    await tx.update(stores).set({ busyMinutes: busy?.minutes ?? 0, busyUntil: busy?.until ?? null }).where(eq(stores.id, storeId));
    const message = await recordStoreChange(tx, {
      storeId,
      actor,
      now,
      event: { type: "busy_changed", message: busy ? `+${busy.minutes} min on every quote` : "Back to normal quotes", data: { minutes: busy?.minutes ?? 0, until: busy?.until ?? null } },
      tell: { platforms: null, notification: () => busyNotification(storeId, busy) },
    });
    return { busy, message };
  });
  return busy;
}

export async function readOpeningHours(storeId: string): Promise<OpeningHours | null> {
  return (await getStore(storeId)).openingHours;
}

/** A manager sets the store's opening hours (null: always open); every board shows them at once. */
export async function setOpeningHours(storeId: string, hours: OpeningHours | null, actor: Actor, now = Date.now()): Promise<OpeningHours | null> {
  await committed(async (tx) => {
    await getStore(storeId, tx);
    await tx.update(stores).set({ openingHours: hours }).where(eq(stores.id, storeId));
    return { message: await recordStoreChange(tx, { storeId, actor, now, event: { type: "hours_changed", data: { hours } } }) };
  });
  return hours;
}

/**
 * Pauses the store on some platforms or all (for a while, until a time or until resumed), or
 * resumes it. The platforms paused are told both ways; orders already placed still come in.
 */
export async function setPause(storeId: string, change: PauseChange, actor: Actor, now = Date.now(), { byHeartbeat = false } = {}): Promise<Pause | null> {
  const { pause } = await committed(async (tx) => {
    const store = await getStore(storeId, tx);
    if (!change.paused) {
      if (!store.paused) return { pause: null, message: null };
      await tx.update(stores).set({ paused: false, pausedByHeartbeat: false, pausePlatforms: null, pauseReason: null, pauseUntil: null }).where(eq(stores.id, storeId));
      // A pause that ran out before the clock swept it was never told as over: tell it now.
      const message = await recordStoreChange(tx, {
        storeId,
        actor,
        now,
        event: { type: "store_resumed", data: { platforms: store.pausePlatforms } },
        tell: { platforms: store.pausePlatforms, notification: () => pauseNotification(storeId, null) },
      });
      return { pause: null, message };
    }
    const current = pauseAt(store, now);
    const pause: Pause = { platforms: change.platforms ?? null, reason: change.reason ?? null, until: endsAt(now, store.timezone, change) };
    await tx.update(stores).set({ paused: true, pausedByHeartbeat: byHeartbeat, pausePlatforms: pause.platforms, pauseReason: pause.reason, pauseUntil: pause.until }).where(eq(stores.id, storeId));
    const message = await recordStoreChange(tx, {
      storeId,
      actor,
      now,
      event: { type: "store_paused", message: pause.reason, data: pause },
      // The platforms paused before and not now hear that they may sell again; the others hear of the pause.
      tell: {
        platforms: current && current.platforms && pause.platforms ? [...new Set([...current.platforms, ...pause.platforms])] : current ? null : pause.platforms,
        notification: (platform) => pauseNotification(storeId, pause.platforms === null || pause.platforms.includes(platform) ? pause : null),
      },
    });
    return { pause, message };
  });
  return pause;
}

/** Puts back every 86'd item, lifts every pause and ends every busy mode whose time has come; safe on several instances at once. */
export async function expireControls(now = Date.now()): Promise<string[]> {
  const db = getDb();
  const items = await db
    .select({ id: menuItems.id, storeId: menuItems.storeId, name: menuItems.name })
    .from(menuItems)
    .where(and(eq(menuItems.available, false), isNotNull(menuItems.unavailableUntil), lte(menuItems.unavailableUntil, now)));
  const paused = await db
    .select({ id: stores.id })
    .from(stores)
    .where(and(eq(stores.paused, true), isNotNull(stores.pauseUntil), lte(stores.pauseUntil, now)));
  const busy = await db
    .select({ id: stores.id })
    .from(stores)
    .where(and(gt(stores.busyMinutes, 0), isNotNull(stores.busyUntil), lte(stores.busyUntil, now)));
  for (const item of items) await setItemAvailability(item.storeId, item.id, { available: true }, SYSTEM_ACTOR, now);
  for (const store of paused) await setPause(store.id, { paused: false }, SYSTEM_ACTOR, now);
  for (const store of busy) await setBusy(store.id, { minutes: 0 }, SYSTEM_ACTOR, now);
  return [
    ...items.map((item) => `${item.storeId}: ${item.name} back on`),
    ...paused.map((store) => `${store.id}: resumed`),
    ...busy.map((store) => `${store.id}: busy mode over`),
  ];
}

async function nextExpiry(): Promise<number | null> {
  const db = getDb();
  const [item] = await db.select({ at: min(menuItems.unavailableUntil) }).from(menuItems).where(eq(menuItems.available, false));
  const [store] = await db.select({ at: min(stores.pauseUntil) }).from(stores).where(eq(stores.paused, true));
  const [busy] = await db.select({ at: min(stores.busyUntil) }).from(stores).where(gt(stores.busyMinutes, 0));
  const times = [item?.at, store?.at, busy?.at].filter((at): at is number => typeof at === "number");
  return times.length > 0 ? Math.min(...times) : null;
}

/** The timer that ends pauses, busy modes and 86s when their time comes. */
export const controlExpiries = () =>
  processTimer("control-expiries", () =>
    dueTimer({ run: expireControls, nextDueAt: nextExpiry, done: "Store controls ran out", failed: "Ending store controls failed; trying again shortly" }),
  );
