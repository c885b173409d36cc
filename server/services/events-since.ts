import "server-only";
import { and, asc, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { orderEvents, orders } from "@/db/schema";
import type { FeedMessage } from "@/server/events/bus";
import { readControls, type StoreControls } from "./store-controls";
import { withItems } from "./order-views";

/**
 * One page of the events after `afterId`, each with its order as it stands now (a store's own event:
 * the store's controls as they stand now): what a board missed (its store), or what other instances
 * committed (`storeId` null: every store).
 */
export function eventsSince(storeId: string | null, afterId: number, limit = 500): Promise<FeedMessage[]> {
  return transaction(async (tx) => {
    const events = await tx
      .select()
      .from(orderEvents)
      .where(and(storeId === null ? undefined : eq(orderEvents.storeId, storeId), gt(orderEvents.id, afterId)))
      .orderBy(asc(orderEvents.id))
      .limit(limit);
    if (events.length === 0) return [];
    const ids = [...new Set(events.flatMap((event) => (event.orderId === null ? [] : [event.orderId])))];
    const views = ids.length > 0 ? await withItems(tx, await tx.select().from(orders).where(inArray(orders.id, ids))) : [];
    const byId = new Map(views.map((view) => [view.id, view]));
    const now = Date.now();
    const controls = new Map<string, StoreControls>();
    const messages: FeedMessage[] = [];
    for (const event of events) {
      if (event.orderId !== null) {
        messages.push({ event, order: byId.get(event.orderId)! });
        continue;
      }
      if (!controls.has(event.storeId)) controls.set(event.storeId, await readControls(event.storeId, now, tx));
      messages.push({ event, controls: controls.get(event.storeId)! });
    }
    return messages;
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
