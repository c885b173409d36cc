import { eq } from "drizzle-orm";
import { getDb, rowCount } from "@/db/client";
import { orderEvents, orderItems, orders, platformNotifications, quarantinedDeliveries, webhookDeliveries } from "@/db/schema";

/** Row counts of everything an order write touches, to prove a refusal wrote nothing. */
export async function writeCounts() {
  return { orders: await rowCount(orders), items: await rowCount(orderItems), events: await rowCount(orderEvents) };
}

/** Row counts of everything a platform's delivery can write. */
export async function deliveryCounts() {
  return {
    ...(await writeCounts()),
    deliveries: await rowCount(webhookDeliveries),
    quarantined: await rowCount(quarantinedDeliveries),
    notifications: await rowCount(platformNotifications),
  };
}

export function eventsOf(orderId: number) {
  return getDb().select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
}
