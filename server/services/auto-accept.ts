import "server-only";
import { eq } from "drizzle-orm";
import { stores } from "@/db/schema";
import { TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { autoAcceptRefusal, isOpenAt, type AutoAccept } from "@/server/domain/store-controls";
import { acceptOrder } from "./accept-order";
import type { Actor } from "./actor";
import { getStore } from "./list-stores";
import type { OrderView } from "./order-views";
import { committed, readControls, recordStoreChange } from "./store-controls";

type Store = Awaited<ReturnType<typeof getStore>>;
const settingsOf = (store: Store): AutoAccept => ({ platforms: store.autoAcceptPlatforms, prep_minutes: store.defaultPrepMinutes, max_items: store.autoAcceptMaxItems, max_total_cents: store.autoAcceptMaxCents });

/** The store's auto-accept: the platforms it takes orders from at once, the prep time quoted, the limits. */
export async function readAutoAccept(storeId: string): Promise<AutoAccept> {
  return settingsOf(await getStore(storeId));
}

/** A manager sets auto-accept; every board of the store shows it at once. */
export async function setAutoAccept(storeId: string, settings: AutoAccept, actor: Actor, now = Date.now()): Promise<AutoAccept> {
  await committed(async (tx) => {
    await getStore(storeId, tx);
    await tx
      .update(stores)
      .set({ autoAcceptPlatforms: settings.platforms, defaultPrepMinutes: settings.prep_minutes, autoAcceptMaxItems: settings.max_items, autoAcceptMaxCents: settings.max_total_cents })
      .where(eq(stores.id, storeId));
    const message = await recordStoreChange(tx, { storeId, actor, now, event: { type: "auto_accept_changed", data: settings } });
    return { message };
  });
  return settings;
}

/** Who accepts an order auto-accept takes: the store itself, as the timeline and the card say. */
export const AUTO_ACCEPT_ACTOR: Actor = { type: "system", id: "auto-accept", name: "Auto-accept" };

/**
 * Accepts an order that just came in, if its store auto-accepts its platform and it is within the
 * limits (not scheduled, no 86'd item, not too big), quoting the default prep time plus busy minutes;
 * answers the order as it now stands (accepted, or waiting for a person).
 */
export async function autoAcceptIfDue(order: OrderView, now = Date.now()): Promise<OrderView> {
  const store = await getStore(order.storeId);
  const controls = await readControls(order.storeId, now);
  const cameInClosed = !isOpenAt(store.openingHours, order.createdAt, store.timezone);
  if (autoAcceptRefusal({ ...order, cameInClosed }, settingsOf(store), new Set(controls.unavailable.map((item) => item.key)))) return order;
  try {
    return (await acceptOrder({ orderId: order.id, expectedVersion: order.version, prepMinutes: store.defaultPrepMinutes + (controls.busy?.minutes ?? 0), actor: AUTO_ACCEPT_ACTOR, auto: true })).order;
  } catch (error) {
    // Someone (a tablet, the platform) acted on it first: theirs stands.
    if (error instanceof VersionConflict || error instanceof TransitionRefused) return order;
    throw error;
  }
}

