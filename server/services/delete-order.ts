import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { transaction } from "@/db/client";
import { orderEvents } from "@/db/schema";
import { OrderNotFound } from "@/server/domain/errors";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";
import { loadOrderView } from "./order-views";

/**
 * Takes an order off every list, board and count. The row stays as it was, and its `deleted` event
 * says who and when: the audit an admin can still read. Platforms are not told: deleting is the
 * store's own bookkeeping, not a step of the order.
 */
export function deleteOrder({ orderId, expectedVersion, actor }: { orderId: number; expectedVersion?: number; actor: Actor }) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: (_order, now) => ({ patch: { deletedAt: now }, event: { type: "deleted", data: { summary: `Deleted by ${actor.name}` } } }),
  });
}

/** A deleted order as it was, with who deleted it and when. */
export function orderDeletion(orderId: number) {
  return transaction(async (tx) => {
    const order = await loadOrderView(orderId, { deleted: true });
    const [event] = await tx
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, "deleted")))
      .orderBy(asc(orderEvents.id))
      .limit(1);
    if (!event) throw new OrderNotFound(orderId);
    return { order, deletedAt: event.createdAt, by: { type: event.actorType, name: event.actorName } };
  });
}
