import "server-only";
import { and, desc, eq, inArray, isNull, lt, lte, notExists, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, transaction, type Tx } from "@/db/client";
import { skippingLocked } from "@/db/dialect";
import { notificationAttempts, platformConnections, platformNotifications, type OrderEventRow, type OrderRow } from "@/db/schema";
import { attemptVerdict } from "@/server/domain/retry-schedule";
import { NotFound } from "@/server/domain/errors";
import { giveUpAt, notificationFor, ROUTINE_RETRY_WINDOW_MS, type Notification } from "@/server/domain/platform-notification";
import type { Platform } from "@/server/domain/platforms";
import { acceptDeadlineAt } from "@/server/domain/platform-timing";
import { countsFrom } from "@/server/domain/scheduling";
import { outboundConnection, outboundPlatforms } from "./platform-connections";

type Outgoing = { storeId: string; platform: Platform; orderId: number | null; eventId: number; notification: Notification; giveUpAt: number };

function insertNotification(tx: Tx, { notification, ...row }: Outgoing, now: number) {
  return tx.insert(platformNotifications).values({
    ...row,
    type: notification.type,
    payload: { type: notification.type, timestamp: new Date(now).toISOString(), data: notification.data },
    state: "pending",
    nextAttemptAt: now,
    createdAt: now,
  });
}

/**
 * Writes the platform's notification of a change into the outbox, inside the change's own transaction:
 * the change and the promise to report it commit together or not at all.
 */
export async function enqueueNotification(tx: Tx, event: OrderEventRow, order: OrderRow, now: number): Promise<void> {
  const notification = notificationFor(event, order);
  if (!notification) return;
  const connection = await outboundConnection(tx, order.storeId, order.platform);
  if (!connection) return;
  const deadline = acceptDeadlineAt(countsFrom(order), connection.acceptDeadlineSeconds);
  await insertNotification(tx, { storeId: order.storeId, platform: order.platform, orderId: order.id, eventId: event.id, notification, giveUpAt: giveUpAt(notification, deadline, now) }, now);
}

/** A store's own news (a pause, an 86) for each platform given that is connected, in the transaction of the change. */
export async function enqueueStoreNotifications(tx: Tx, event: OrderEventRow, platforms: readonly Platform[] | null, notification: (platform: Platform) => Notification, now: number) {
  for (const platform of await outboundPlatforms(tx, event.storeId)) {
    if (platforms && !platforms.includes(platform)) continue;
    const told = notification(platform);
    await insertNotification(tx, { storeId: event.storeId, platform, orderId: null, eventId: event.id, notification: told, giveUpAt: giveUpAt(told, now, now) }, now);
  }
}

/** An order's notifications, newest first, each with its attempts. */
export async function notificationsOf(orderId: number) {
  const db = getDb();
  const rows = await db.select().from(platformNotifications).where(eq(platformNotifications.orderId, orderId)).orderBy(desc(platformNotifications.id));
  const attempts = rows.length
    ? await db
        .select()
        .from(notificationAttempts)
        .where(inArray(notificationAttempts.notificationId, rows.map((row) => row.id)))
        .orderBy(notificationAttempts.id)
    : [];
  return rows.map((row) => ({ ...row, attemptLog: attempts.filter((attempt) => attempt.notificationId === row.id) }));
}

/** A manager sends a dead-lettered notification again: due at once, with a fresh retry window. */
export async function retryNotification(id: number, now = Date.now()) {
  const db = getDb();
  const [row] = await db.select().from(platformNotifications).where(eq(platformNotifications.id, id));
  if (!row) throw new NotFound(`Notification ${id} does not exist`);
  if (row.state !== "dead") return row;
  const [retried] = await db
    .update(platformNotifications)
    .set({ state: "pending", nextAttemptAt: now, giveUpAt: now + ROUTINE_RETRY_WINDOW_MS, firstFailedAt: null })
    .where(and(eq(platformNotifications.id, id), eq(platformNotifications.state, "dead")))
    .returning();
  return retried ?? row;
}

export type Claimed = Awaited<ReturnType<typeof claimDueNotifications>>[number];

/**
 * Takes the notifications due now, the oldest pending one of each order only (so an order's news
 * arrives in order), and of a store's own news the oldest pending one per platform (a pause is never
 * overtaken by its resume), and leases them by pushing their due time past a send's timeout. Instances
 * sharing the outbox each take rows no other holds; an instance that dies mid-send leaves its lease
 * to run out, and the row is due again for whoever claims next.
 */
export function claimDueNotifications(now: number, limit: number, leaseMs: number) {
  const earlier = alias(platformNotifications, "earlier");
  return transaction(
    async (tx) => {
      const due = await skippingLocked(
        tx
        .select({ notification: platformNotifications, endpointUrl: platformConnections.endpointUrl, signingSecrets: platformConnections.signingSecrets, enabled: platformConnections.enabled })
        .from(platformNotifications)
        .leftJoin(platformConnections, and(eq(platformConnections.storeId, platformNotifications.storeId), eq(platformConnections.platform, platformNotifications.platform)))
        .where(
          and(
            eq(platformNotifications.state, "pending"),
            lte(platformNotifications.nextAttemptAt, now),
            notExists(
              tx
                .select({ id: earlier.id })
                .from(earlier)
                .where(
                  and(
                    eq(earlier.state, "pending"),
                    lt(earlier.id, platformNotifications.id),
                    or(
                      eq(earlier.orderId, platformNotifications.orderId),
                      and(isNull(earlier.orderId), isNull(platformNotifications.orderId), eq(earlier.storeId, platformNotifications.storeId), eq(earlier.platform, platformNotifications.platform)),
                    ),
                  ),
                ),
            ),
          ),
        )
        .orderBy(platformNotifications.id)
        .limit(limit),
        platformNotifications,
      );
      if (due.length > 0) {
        const claimed = due.map(({ notification }) => notification.id);
        await tx.update(platformNotifications).set({ nextAttemptAt: now + leaseMs }).where(inArray(platformNotifications.id, claimed));
      }
      return due.map(({ notification, endpointUrl, signingSecrets, enabled }) => ({
        ...notification,
        endpointUrl: enabled ? endpointUrl : null,
        signingSecrets: signingSecrets ?? [],
      }));
    },
    { write: true, serialize: false },
  );
}

export type AttemptResult = { statusCode: number | null; error: string | null; durationMs: number; retryAfterMs: number | null };

/** Records one attempt and decides what comes next: sent, another try after the backoff, or the dead letters. */
export async function recordAttempt(notification: Claimed, result: AttemptResult, now: number, backoffMs: (failedAttempts: number) => number) {
  const attempts = notification.attempts + 1;
  const verdict = result.error !== null && result.statusCode === null ? "retry" : attemptVerdict(result.statusCode);
  const failed = {
    attempts,
    lastStatusCode: result.statusCode,
    lastError: result.error,
    firstFailedAt: notification.firstFailedAt ?? now,
  };
  const nextAttemptAt = now + (result.retryAfterMs ?? backoffMs(attempts));
  const change =
    verdict === "sent"
      ? { state: "sent" as const, attempts, sentAt: now, lastStatusCode: result.statusCode, lastError: null }
      : verdict === "retry" && nextAttemptAt <= notification.giveUpAt
        ? { ...failed, state: "pending" as const, nextAttemptAt }
        : { ...failed, state: "dead" as const };
  await transaction(
    async (tx) => {
      await tx
        .insert(notificationAttempts)
        .values({ notificationId: notification.id, attemptedAt: now, statusCode: result.statusCode, error: result.error, durationMs: result.durationMs });
      await tx.update(platformNotifications).set(change).where(and(eq(platformNotifications.id, notification.id), eq(platformNotifications.state, "pending")));
    },
    { write: true },
  );
  return change.state;
}
