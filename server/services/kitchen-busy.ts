import "server-only";
import { and, count, eq, inArray, min } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders, stores } from "@/db/schema";
import { BUSY_AUTO_STEADY_MS, busyAt, kitchenBusyMinutes, type BusyAuto } from "@/server/domain/store-controls";
import { log } from "@/server/log/logger";
import type { Actor } from "./actor";
import { getStore } from "./list-stores";
import { notDeleted } from "./order-views";
import { setBusy } from "./store-controls";

/** Busy mode's own actor when it follows the kitchen. */
export const KITCHEN_ACTOR: Actor = { type: "system", id: "busy-auto", name: "Busy mode (kitchen)" };

export async function readBusyAuto(storeId: string): Promise<BusyAuto> {
  const store = await getStore(storeId);
  return { enabled: store.busyAuto, max_minutes: store.busyAutoMax };
}

/** A manager lets busy mode follow the kitchen (within a limit), or stops it; the next look applies it. */
export async function setBusyAuto(storeId: string, settings: BusyAuto): Promise<BusyAuto> {
  await getStore(storeId);
  await getDb().update(stores).set({ busyAuto: settings.enabled, busyAutoMax: settings.max_minutes }).where(eq(stores.id, storeId));
  return settings;
}

/**
 * Sets busy mode from each following store's kitchen: the orders in Accepted and Bagging and the age
 * of the oldest, within the manager's limit, never sooner than a few minutes after its last move.
 * Every move is a logged event and told to the platforms, like a person's.
 */
export async function followKitchens(now = Date.now()): Promise<string[]> {
  const db = getDb();
  const following = await db.select().from(stores).where(eq(stores.busyAuto, true));
  const moved: string[] = [];
  for (const store of following) {
    if (store.busyAutoChangedAt !== null && now - store.busyAutoChangedAt < BUSY_AUTO_STEADY_MS) continue;
    const [kitchen] = await db
      .select({ active: count(), oldest: min(orders.acceptedAt) })
      .from(orders)
      .where(and(eq(orders.storeId, store.id), inArray(orders.status, ["accepted", "bagging"]), notDeleted));
    const minutes = kitchenBusyMinutes({ active: kitchen?.active ?? 0, oldestAgeMs: kitchen?.oldest ? now - kitchen.oldest : null, max: store.busyAutoMax });
    if (minutes === (busyAt(store, now)?.minutes ?? 0)) continue;
    await setBusy(store.id, { minutes }, KITCHEN_ACTOR, now);
    await db.update(stores).set({ busyAutoChangedAt: now }).where(eq(stores.id, store.id));
    moved.push(`${store.id}: +${minutes} min`);
  }
  return moved;
}

/** How often each instance looks at the kitchens busy mode follows. */
const FOLLOW_MS = 60_000;

/** Each instance's look at the kitchens, every minute (the steady interval keeps instances from moving quotes twice). */
export function kitchenWatch() {
  const holder = globalThis as unknown as { orderboardKitchenWatch?: ReturnType<typeof setInterval> };
  return {
    start() {
      holder.orderboardKitchenWatch ??= setInterval(() => void followKitchens().catch((error: unknown) => log.error({ err: error }, "Following the kitchens failed")), FOLLOW_MS);
      holder.orderboardKitchenWatch.unref?.();
    },
    stop() {
      clearInterval(holder.orderboardKitchenWatch);
      delete holder.orderboardKitchenWatch;
    },
  };
}

