import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderEvents, orderItems, orders } from "@/db/schema";

/** Row counts of everything an order write touches, to prove a refusal wrote nothing. */
export function writeCounts() {
  const db = getDb();
  const n = (table: typeof orders | typeof orderItems | typeof orderEvents) => db.select({ n: count() }).from(table).get()!.n;
  return { orders: n(orders), items: n(orderItems), events: n(orderEvents) };
}

export function eventsOf(orderId: number) {
  return getDb().select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).all();
}
