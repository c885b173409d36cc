import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderEvents } from "@/db/schema";
import { loadOrderView } from "./order-views";

/** An order with its items and its whole timeline. */
export function getOrder(orderId: number) {
  const db = getDb();
  return db.transaction((tx) => {
    const order = loadOrderView(tx, orderId);
    const events = tx.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id)).all();
    return { ...order, events };
  });
}
