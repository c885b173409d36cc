import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderEvents, orderItems, orders, platformNotifications, quarantinedDeliveries, webhookDeliveries } from "@/db/schema";

/** Row counts of everything an order write touches, to prove a refusal wrote nothing. */
export function writeCounts() {
  const db = getDb();
  const n = (table: typeof orders | typeof orderItems | typeof orderEvents) => db.select({ n: count() }).from(table).get()!.n;
  return { orders: n(orders), items: n(orderItems), events: n(orderEvents) };
}

/** Row counts of everything a platform's delivery can write. */
export function deliveryCounts() {
  const db = getDb();
  const n = (table: typeof webhookDeliveries | typeof quarantinedDeliveries | typeof platformNotifications) => db.select({ n: count() }).from(table).get()!.n;
  return { ...writeCounts(), deliveries: n(webhookDeliveries), quarantined: n(quarantinedDeliveries), notifications: n(platformNotifications) };
}

export function eventsOf(orderId: number) {
  return getDb().select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).all();
}
