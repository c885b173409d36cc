import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, max, min } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { platformConnections, platformNotifications, stores, webhookDeliveries, type PlatformConnectionRow } from "@/db/schema";
import { InvalidRequest } from "@/server/domain/errors";
import type { ConnectionSettings } from "@/server/domain/platform-connection";
import { obviousDestinationProblem } from "@/server/integrations/destination";
import { describeFailure, postSigned } from "@/server/integrations/post-json";
import { DEFAULT_ACCEPT_DEADLINE_SECONDS } from "@/server/domain/platform-timing";
import { PLATFORMS, type Platform } from "@/server/domain/platforms";
import type { Actor } from "./actor";
import { getStore } from "./list-stores";

export type ConnectionView = Omit<PlatformConnectionRow, "updatedBy" | "updatedAt"> & {
  connected: boolean;
  updatedBy: string | null;
  updatedAt: number | null;
};

function notConnected(storeId: string, platform: Platform): ConnectionView {
  return {
    storeId,
    platform,
    connected: false,
    enabled: false,
    endpointUrl: null,
    signingSecrets: [],
    acceptDeadlineSeconds: DEFAULT_ACCEPT_DEADLINE_SECONDS[platform],
    updatedBy: null,
    updatedAt: null,
  };
}

/**
 * Every store × platform, configured or not, for the admin page, with the last real delivery each
 * way: when the platform last sent us something, when we last got a notification through, and since
 * when notifications have been failing.
 */
export async function listConnections() {
  const db = getDb();
  const rows = await db.select().from(platformConnections);
  const all = await db.select({ id: stores.id, name: stores.name }).from(stores).orderBy(stores.name);
  const received = await db
    .select({ storeId: webhookDeliveries.storeId, platform: webhookDeliveries.platform, at: max(webhookDeliveries.receivedAt) })
    .from(webhookDeliveries)
    .groupBy(webhookDeliveries.storeId, webhookDeliveries.platform);
  const sent = await db
    .select({ storeId: platformNotifications.storeId, platform: platformNotifications.platform, at: max(platformNotifications.sentAt) })
    .from(platformNotifications)
    .where(eq(platformNotifications.state, "sent"))
    .groupBy(platformNotifications.storeId, platformNotifications.platform);
  const failing = await db
    .select({ storeId: platformNotifications.storeId, platform: platformNotifications.platform, at: min(platformNotifications.firstFailedAt) })
    .from(platformNotifications)
    .where(and(eq(platformNotifications.state, "pending"), isNotNull(platformNotifications.firstFailedAt)))
    .groupBy(platformNotifications.storeId, platformNotifications.platform);
  const at = (found: { storeId: string; platform: Platform; at: number | null }[], storeId: string, platform: Platform) =>
    found.find((row) => row.storeId === storeId && row.platform === platform)?.at ?? null;
  return all.map((store) => ({
    store,
    connections: PLATFORMS.map((platform) => {
      const row = rows.find((r) => r.storeId === store.id && r.platform === platform);
      return {
        ...(row ? { ...row, connected: true } : notConnected(store.id, platform)),
        lastReceivedAt: at(received, store.id, platform),
        lastSentAt: at(sent, store.id, platform),
        failingSince: at(failing, store.id, platform),
      };
    }),
  }));
}

const TEST_TIMEOUT_MS = 10_000;

/**
 * Sends the platform's endpoint a signed `test` notification now, outside the outbox, and says what
 * came back: for an admin checking the endpoint and the secrets before orders depend on them.
 */
export async function sendTestNotification(storeId: string, platform: Platform, now = Date.now()) {
  const [connection] = await getDb().select().from(platformConnections).where(and(eq(platformConnections.storeId, storeId), eq(platformConnections.platform, platform)));
  if (!connection?.endpointUrl) throw new InvalidRequest("Give the notification endpoint first, and save");
  const body = JSON.stringify({ type: "test", timestamp: new Date(now).toISOString(), data: { store_id: storeId, platform } });
  try {
    const answer = await postSigned(connection.endpointUrl, connection.signingSecrets, `msg_ob_test_${randomUUID()}`, body, AbortSignal.timeout(TEST_TIMEOUT_MS));
    return { delivered: answer.status >= 200 && answer.status < 300, status: answer.status, error: null };
  } catch (error) {
    return { delivered: false, status: null, error: describeFailure(error, TEST_TIMEOUT_MS) };
  }
}

/** An endpoint that plainly points inside (loopback, a private address) is refused here; the sender checks again after DNS. */
export async function saveConnection(settings: ConnectionSettings, actor: Actor): Promise<ConnectionView> {
  await getStore(settings.storeId);
  const problem = settings.endpointUrl ? obviousDestinationProblem(settings.endpointUrl) : null;
  if (problem) throw new InvalidRequest(problem);
  const values = {
    enabled: settings.enabled,
    endpointUrl: settings.endpointUrl,
    signingSecrets: settings.signingSecrets,
    acceptDeadlineSeconds: Math.round(settings.acceptDeadlineMinutes * 60),
    updatedBy: actor.name,
    updatedAt: Date.now(),
  };
  const [row] = await getDb()
    .insert(platformConnections)
    .values({ storeId: settings.storeId, platform: settings.platform, ...values })
    .onConflictDoUpdate({ target: [platformConnections.storeId, platformConnections.platform], set: values })
    .returning();
  return { ...row!, connected: true };
}

/** The enabled connections a delivery on this platform may be signed for; the secret that verifies names the store. */
export function inboundConnections(platform: Platform): Promise<PlatformConnectionRow[]> {
  return getDb()
    .select()
    .from(platformConnections)
    .where(and(eq(platformConnections.platform, platform), eq(platformConnections.enabled, true)));
}

/** Where a store's notifications to a platform go, if anywhere. */
const sendingTo = (storeId: string) =>
  and(eq(platformConnections.storeId, storeId), eq(platformConnections.enabled, true), isNotNull(platformConnections.endpointUrl));

export async function outboundConnection(tx: Tx, storeId: string, platform: Platform) {
  const [connection] = await tx.select().from(platformConnections).where(and(sendingTo(storeId), eq(platformConnections.platform, platform)));
  return connection;
}

/** The platforms a store's news goes out to: those connected with an endpoint of theirs. */
export async function outboundPlatforms(tx: Tx, storeId: string): Promise<Platform[]> {
  return (await tx.select({ platform: platformConnections.platform }).from(platformConnections).where(sendingTo(storeId))).map((row) => row.platform);
}

/** Each platform's accept window for a store, defaults where the store has set none. */
export async function acceptDeadlines(storeId: string): Promise<Record<Platform, number>> {
  const rows = await getDb()
    .select({ platform: platformConnections.platform, seconds: platformConnections.acceptDeadlineSeconds })
    .from(platformConnections)
    .where(eq(platformConnections.storeId, storeId));
  return { ...DEFAULT_ACCEPT_DEADLINE_SECONDS, ...Object.fromEntries(rows.map((row) => [row.platform, row.seconds])) };
}
