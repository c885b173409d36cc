import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderEvents, orderIssues } from "@/db/schema";

/** What an export adds to a page of orders: which have an issue reported, and who accepted each. */
export async function exportDetails(orderIds: number[]) {
  const withIssue = new Set<number>();
  const acceptedBy = new Map<number, string>();
  if (orderIds.length === 0) return { withIssue, acceptedBy };
  const db = getDb();
  for (const { orderId } of await db.selectDistinct({ orderId: orderIssues.orderId }).from(orderIssues).where(inArray(orderIssues.orderId, orderIds))) withIssue.add(orderId);
  const acceptances = await db
    .select({ orderId: orderEvents.orderId, by: orderEvents.actorName })
    .from(orderEvents)
    .where(and(inArray(orderEvents.orderId, orderIds), eq(orderEvents.toStatus, "accepted")))
    .orderBy(asc(orderEvents.id));
  // The first move into Accepted is the acceptance; a recall back to it later is not.
  for (const { orderId, by } of acceptances) if (orderId !== null && !acceptedBy.has(orderId)) acceptedBy.set(orderId, by);
  return { withIssue, acceptedBy };
}
