import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderEvents, orderIssues, orders } from "@/db/schema";

/** Which of these orders, of the stores given (null: any store), have an issue reported: the history's Issue column and the export's flag. */
export async function ordersWithIssues(orderIds: readonly number[], stores: readonly string[] | null) {
  if (orderIds.length === 0 || stores?.length === 0) return new Set<number>();
  const rows = await getDb()
    .selectDistinct({ orderId: orderIssues.orderId })
    .from(orderIssues)
    .innerJoin(orders, eq(orders.id, orderIssues.orderId))
    .where(and(inArray(orderIssues.orderId, [...orderIds]), stores === null ? undefined : inArray(orders.storeId, [...stores])));
  return new Set(rows.map(({ orderId }) => orderId));
}

/** What an export adds to a page of orders (already limited to the caller's stores): which have an issue reported, and who accepted each. */
export async function exportDetails(orderIds: number[]) {
  const acceptedBy = new Map<number, string>();
  const withIssue = await ordersWithIssues(orderIds, null);
  if (orderIds.length === 0) return { withIssue, acceptedBy };
  const db = getDb();
  const acceptances = await db
    .select({ orderId: orderEvents.orderId, by: orderEvents.actorName })
    .from(orderEvents)
    .where(and(inArray(orderEvents.orderId, orderIds), eq(orderEvents.toStatus, "accepted")))
    .orderBy(asc(orderEvents.id));
  // The first move into Accepted is the acceptance; a recall back to it later is not.
  for (const { orderId, by } of acceptances) if (orderId !== null && !acceptedBy.has(orderId)) acceptedBy.set(orderId, by);
  return { withIssue, acceptedBy };
}
