import "server-only";
import { and, desc, eq, gte, isNull, lte, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders, platformNotifications, quarantinedDeliveries } from "@/db/schema";
import { NotFound } from "@/server/domain/errors";
import { FAILING_ALERT_MS } from "@/server/domain/retry-schedule";
import type { Actor } from "./actor";
import { notDeleted } from "./order-views";
import { acceptDeadlines } from "./platform-connections";

/** A dead notification stays on the board this long unless a manager retries it. */
const DEAD_ALERT_MS = 12 * 60 * 60_000;

/**
 * What the board must show about the store's platforms: each platform's accept window, deliveries
 * nobody could read, and notifications the platform has not taken for more than two minutes. What
 * arrived and why a send failed are diagnostics, for those who manage the store (`detailed`).
 */
export async function integrationStatus(storeId: string, { detailed, now = Date.now() }: { detailed: boolean; now?: number }) {
  const db = getDb();
  const quarantined = await db
    .select({ id: quarantinedDeliveries.id, platform: quarantinedDeliveries.platform, reason: quarantinedDeliveries.reason, body: quarantinedDeliveries.body, receivedAt: quarantinedDeliveries.receivedAt })
    .from(quarantinedDeliveries)
    .where(and(eq(quarantinedDeliveries.storeId, storeId), isNull(quarantinedDeliveries.dismissedAt)))
    .orderBy(desc(quarantinedDeliveries.id));
  const failing = await db
    .select({
      id: platformNotifications.id,
      orderId: platformNotifications.orderId,
      shortCode: orders.shortCode,
      platform: platformNotifications.platform,
      type: platformNotifications.type,
      state: platformNotifications.state,
      attempts: platformNotifications.attempts,
      firstFailedAt: platformNotifications.firstFailedAt,
      lastError: platformNotifications.lastError,
    })
    .from(platformNotifications)
    // A store's own news (a pause, an 86) has no order.
    .leftJoin(orders, eq(orders.id, platformNotifications.orderId))
    .where(
      and(
        eq(platformNotifications.storeId, storeId),
        notDeleted,
        or(
          and(eq(platformNotifications.state, "pending"), lte(platformNotifications.firstFailedAt, now - FAILING_ALERT_MS)),
          and(eq(platformNotifications.state, "dead"), gte(platformNotifications.createdAt, now - DEAD_ALERT_MS)),
        ),
      ),
    )
    .orderBy(platformNotifications.id);
  return {
    acceptDeadlines: await acceptDeadlines(storeId),
    quarantined: quarantined.map((delivery) => ({ ...delivery, reason: detailed ? delivery.reason : null, body: detailed ? delivery.body : null })),
    failing: failing.map((notification) => ({ ...notification, attempts: detailed ? notification.attempts : null, lastError: detailed ? notification.lastError : null })),
  };
}

export async function quarantinedStoreId(id: number): Promise<string> {
  const [row] = await getDb().select({ storeId: quarantinedDeliveries.storeId }).from(quarantinedDeliveries).where(eq(quarantinedDeliveries.id, id));
  if (!row) throw new NotFound(`Quarantined delivery ${id} does not exist`);
  return row.storeId;
}

export async function notificationStoreId(id: number): Promise<string> {
  const [row] = await getDb().select({ storeId: platformNotifications.storeId }).from(platformNotifications).where(eq(platformNotifications.id, id));
  if (!row) throw new NotFound(`Notification ${id} does not exist`);
  return row.storeId;
}

/** A manager has dealt with an unreadable delivery (for example, keyed the order in by hand). */
export async function dismissQuarantined(id: number, actor: Actor, now = Date.now()) {
  await quarantinedStoreId(id);
  await getDb()
    .update(quarantinedDeliveries)
    .set({ dismissedAt: now, dismissedBy: actor.name })
    .where(and(eq(quarantinedDeliveries.id, id), isNull(quarantinedDeliveries.dismissedAt)));
  return { id };
}
