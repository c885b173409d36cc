import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orderItems, type OrderItemRow } from "@/db/schema";
import type { CartLine } from "@/server/domain/cart";

export function linesOf(tx: Tx, orderId: number): Promise<OrderItemRow[]> {
  return tx.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.position));
}

export function toCartLine(row: OrderItemRow): CartLine {
  return {
    id: row.id,
    name: row.name,
    quantity: row.quantity,
    unit_price_cents: row.unitPriceCents,
    modifiers: row.modifiers,
    special_instructions: row.specialInstructions,
    removed: row.removedAt !== null,
    replacesItemId: row.replacesItemId,
  };
}

/** Lines still to be made and packed: removed ones stay on the order only as a record. */
export const isActive = (row: OrderItemRow) => row.removedAt === null;
