import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderEvents, orderIssues, orderPhotos } from "@/db/schema";
import { loadOrderView } from "./order-views";

/** An order with its lines (not deleted). */
export function readOrder(orderId: number) {
  return loadOrderView(orderId);
}

/** An order with its items, its photos and its whole timeline. */
export function getOrder(orderId: number) {
  const db = getDb();
  return db.transaction((tx) => {
    const order = loadOrderView(orderId);
    const events = tx.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id)).all();
    const photos = tx
      .select({ id: orderPhotos.id, kind: orderPhotos.kind, mimeType: orderPhotos.mimeType, createdBy: orderPhotos.createdBy, createdAt: orderPhotos.createdAt })
      .from(orderPhotos)
      .where(eq(orderPhotos.orderId, orderId))
      .orderBy(asc(orderPhotos.id))
      .all();
    const issues = tx.select().from(orderIssues).where(eq(orderIssues.orderId, orderId)).orderBy(asc(orderIssues.id)).all();
    return { ...order, events, photos, issues };
  });
}
