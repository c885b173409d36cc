import "server-only";
import { asc, eq } from "drizzle-orm";
import { transaction } from "@/db/client";
import { orderEvents, orderIssues, orderPhotos } from "@/db/schema";
import { getCustomer } from "./customers";
import { loadOrderView, type OrderView } from "./order-views";

/** An order with its lines (not deleted). */
export function readOrder(orderId: number): Promise<OrderView> {
  return loadOrderView(orderId);
}

/** An order with its items, its photos and its whole timeline. */
export function getOrder(orderId: number) {
  return transaction(async (tx) => {
    const order = await loadOrderView(orderId);
    const events = await tx.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id));
    const photos = await tx
      .select({ id: orderPhotos.id, kind: orderPhotos.kind, mimeType: orderPhotos.mimeType, createdBy: orderPhotos.createdBy, createdAt: orderPhotos.createdAt })
      .from(orderPhotos)
      .where(eq(orderPhotos.orderId, orderId))
      .orderBy(asc(orderPhotos.id));
    const issues = await tx.select().from(orderIssues).where(eq(orderIssues.orderId, orderId)).orderBy(asc(orderIssues.id));
    // The store's record of the customer: "3rd order · note: peanut allergy" on the order's detail.
    const customer = order.customerId === null ? null : await getCustomer(order.customerId, tx);
    return { ...order, events, photos, issues, customer };
  });
}
