import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { menuItems, orderItems } from "@/db/schema";
import { menuKey } from "@/server/domain/menu";
import type { Actor } from "./actor";
import { setItemAvailability } from "./store-controls";

/** Who 86's an item whose count ran out, as the timeline names it. */
export const STOCK_ACTOR: Actor = { type: "system", id: "stock", name: "Stock count" };

/** How many of each dish an order takes, by the menu's key. */
async function portionsOf(tx: Tx, orderId: number): Promise<Map<string, number>> {
  const lines = await tx.select({ name: orderItems.name, quantity: orderItems.quantity }).from(orderItems).where(and(eq(orderItems.orderId, orderId), isNull(orderItems.removedAt)));
  const portions = new Map<string, number>();
  for (const line of lines) portions.set(menuKey(line.name), (portions.get(menuKey(line.name)) ?? 0) + line.quantity);
  return portions;
}

/**
 * Moves the counted stock of the order's dishes by `sign` (-1 taken on accepting, +1 given back on
 * cancelling), in the change's own transaction. One conditional statement per dish: concurrent
 * accepts never take it below zero. Answers whether any of its dishes is counted.
 */
export async function moveStock(tx: Tx, order: { id: number; storeId: string }, sign: -1 | 1): Promise<boolean> {
  const portions = await portionsOf(tx, order.id);
  if (portions.size === 0) return false;
  const counted = await tx
    .select({ id: menuItems.id, key: menuItems.nameKey })
    .from(menuItems)
    .where(and(eq(menuItems.storeId, order.storeId), inArray(menuItems.nameKey, [...portions.keys()]), isNotNull(menuItems.stock)));
  for (const item of counted) {
    const portionsTaken = portions.get(item.key)!;
    const stock = sign < 0 ? sql`case when ${menuItems.stock} > ${portionsTaken} then ${menuItems.stock} - ${portionsTaken} else 0 end` : sql`${menuItems.stock} + ${portionsTaken}`;
    await tx.update(menuItems).set({ stock }).where(eq(menuItems.id, item.id));
  }
  return counted.length > 0;
}

/** 86's each counted dish of the store whose stock has run out, until someone puts it back on. */
export async function eightySixEmpty(storeId: string, now = Date.now()) {
  const empty = await getDb()
    .select({ id: menuItems.id })
    .from(menuItems)
    .where(and(eq(menuItems.storeId, storeId), eq(menuItems.stock, 0), eq(menuItems.available, true)));
  for (const item of empty) await setItemAvailability(storeId, item.id, { available: false }, STOCK_ACTOR, now);
}
