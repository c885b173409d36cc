import "server-only";
import { and, asc, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { orderEvents, orders } from "@/db/schema";
import type { OrderEventMessage } from "@/server/events/bus";
import { withItems } from "./order-views";

/**
 * One page of the events after `afterId`, each with its order as it stands now: what a board missed
 * (its store), or what other instances committed (`storeId` null: every store).
 */
export function eventsSince(storeId: string | null, afterId: number, limit = 500): Promise<OrderEventMessage[]> {
  return transaction(async (tx) => {
    const events = await tx
      .select()
      .from(orderEvents)
      .where(and(storeId === null ? undefined : eq(orderEvents.storeId, storeId), gt(orderEvents.id, afterId)))
      .orderBy(asc(orderEvents.id))
      .limit(limit);
    if (events.length === 0) return [];
    const ids = [...new Set(events.map((event) => event.orderId))];
    const views = await withItems(tx, await tx.select().from(orders).where(inArray(orders.id, ids)));
    const byId = new Map(views.map((view) => [view.id, view]));
    return events.map((event) => ({ event, order: byId.get(event.orderId)! }));
  });
}

/** The issue events after `afterId` of the stores given (null: every store), oldest first: what a triage page missed. */
export function issueEventsSince(afterId: number, stores: readonly string[] | null) {
  return getDb()
    .select({ id: orderEvents.id, storeId: orderEvents.storeId, issueId: orderEvents.issueId })
    .from(orderEvents)
    .where(and(gt(orderEvents.id, afterId), isNotNull(orderEvents.issueId), stores === null ? undefined : inArray(orderEvents.storeId, [...stores])))
    .orderBy(asc(orderEvents.id));
}
