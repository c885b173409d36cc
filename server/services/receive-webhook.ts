import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { orders, quarantinedDeliveries, webhookDeliveries } from "@/db/schema";
import { InvalidOrder, OrderExists, TransitionRefused } from "@/server/domain/errors";
import { PLATFORM_LABELS, type Platform } from "@/server/domain/platforms";
import { ADAPTERS } from "@/server/integrations/adapters";
import { detailsChangeOf, type InboundEvent } from "@/server/integrations/inbound-event";
import { verifySignature, type SignatureHeaders } from "@/server/integrations/signature";
import type { Actor } from "./actor";
import { changeDetails } from "./change-details";
import { NothingToChange } from "./change-order";
import { cancelOrder } from "./close-order";
import { createOrder } from "./create-order";
import { failHandover } from "./fail-handover";
import { inboundConnections } from "./platform-connections";
import { markArrived } from "./tracking";
import { updateCourier } from "./update-courier";

type Outcome = "applied" | "unchanged" | "quarantined";
/** `storeId` is the store the delivery turned out to concern, when it could be read that far. */
type Handled = { outcome: Outcome; kind: InboundEvent["kind"] | null; orderId: number | null; storeId: string | null; detail: string | null };

export type WebhookReceipt =
  | { status: 401; reason: string }
  | { status: 200; outcome: Outcome; duplicate: boolean; orderId: number | null; detail: string | null };

/** Quarantined deliveries keep their body up to this size; the route refuses larger bodies before we get here. */
const KEPT_BODY_CHARS = 256 * 1024;

const quarantine = (detail: string, kind: Handled["kind"] = null, storeId: string | null = null): Handled => ({ outcome: "quarantined", kind, orderId: null, storeId, detail });
const unchanged = (kind: Handled["kind"], order: OrderRef, detail: string): Handled => ({ outcome: "unchanged", kind, orderId: order.id, storeId: order.storeId, detail });
const applied = (kind: Handled["kind"], order: OrderRef): Handled => ({ outcome: "applied", kind, orderId: order.id, storeId: order.storeId, detail: null });

type OrderRef = { id: number; storeId: string };

function platformActor(platform: Platform, onBehalfOf?: "customer"): Actor {
  const name = PLATFORM_LABELS[platform];
  return { type: "platform", id: platform, name: onBehalfOf ? `Customer via ${name}` : name };
}

/** Repeats of an event we already applied change nothing; the outcome says so instead of failing. */
async function unlessRepeated(kind: Handled["kind"], order: OrderRef, apply: () => Promise<unknown>): Promise<Handled> {
  try {
    await apply();
    return applied(kind, order);
  } catch (error) {
    if (error instanceof NothingToChange) return unchanged(kind, order, "Already up to date");
    if (error instanceof TransitionRefused) return unchanged(kind, order, error.message);
    throw error;
  }
}

/** `storeIds`: the stores whose secret verified the delivery (one, unless stores share a platform's secret). */
async function handle(platform: Platform, storeIds: string[], text: string): Promise<Handled> {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return quarantine("The body is not valid JSON");
  }
  const adapted = ADAPTERS[platform].adapt(payload);
  if (!adapted.ok) return quarantine(adapted.reason);
  const event = adapted.event;
  const label = PLATFORM_LABELS[platform];

  if (event.kind === "order_placed") {
    if (!storeIds.includes(event.order.store_id)) {
      return quarantine(`The order names store "${event.order.store_id}", whose ${label} secret did not sign it`, event.kind);
    }
    try {
      const { order, created } = await createOrder(event.order, platformActor(platform));
      return created ? applied(event.kind, order) : unchanged(event.kind, order, "This order came in before");
    } catch (error) {
      if (error instanceof InvalidOrder) return quarantine(error.message, event.kind, event.order.store_id);
      if (error instanceof OrderExists && error.orderId !== null) return unchanged(event.kind, { id: error.orderId, storeId: event.order.store_id }, error.message);
      throw error;
    }
  }

  // The platform's own delivery of the order first; one a bridge posted through the API otherwise.
  const candidates = await getDb()
    .select({ id: orders.id, storeId: orders.storeId, status: orders.status, intake: orders.intake })
    .from(orders)
    .where(and(eq(orders.platform, platform), eq(orders.externalId, event.externalId), inArray(orders.storeId, storeIds), isNull(orders.deletedAt)));
  const order = candidates.sort((a, b) => Number(b.intake === "webhook") - Number(a.intake === "webhook"))[0];
  if (!order) return quarantine(`No ${label} order "${event.externalId}" has come in at this store`, event.kind);

  switch (event.kind) {
    case "order_cancelled":
      if (order.status === "cancelled") return unchanged(event.kind, order, "Already cancelled");
      return unlessRepeated(event.kind, order, () =>
        cancelOrder({ orderId: order.id, reason: event.reason, actor: platformActor(platform, event.cancelledBy === "customer" ? "customer" : undefined) }),
      );
    case "courier_status":
      return unlessRepeated(event.kind, order, () =>
        updateCourier({ orderId: order.id, status: event.status, courierName: event.courierName, actor: platformActor(platform) }),
      );
    case "order_updated":
      return unlessRepeated(event.kind, order, () =>
        changeDetails({ orderId: order.id, change: detailsChangeOf(event.update), actor: platformActor(platform), source: "platform" }),
      );
    case "customer_arrived":
      return unlessRepeated(event.kind, order, async () => {
        if ((await markArrived(order.id, event.arrival, platformActor(platform, "customer"))) === null) throw new NothingToChange();
      });
    case "handover_failed":
      if (order.status === "failed") return unchanged(event.kind, order, "Already failed");
      return unlessRepeated(event.kind, order, () => failHandover({ orderId: order.id, outcome: event.outcome, reason: event.reason, actor: platformActor(platform) }));
  }
}

/**
 * One signed delivery from a platform: verified over the raw bytes, taken once per webhook id,
 * applied through the same services the tablets use. A delivery we cannot read is kept in
 * quarantine and acknowledged, since sending it again would not make it readable.
 */
export async function receiveWebhook(platform: Platform, headers: SignatureHeaders, body: Buffer, now = Date.now()): Promise<WebhookReceipt> {
  const connections = await inboundConnections(platform);
  const storeIds = connections.filter((candidate) => verifySignature(candidate.signingSecrets, headers, body, now).ok).map((candidate) => candidate.storeId);
  if (storeIds.length === 0) {
    const secrets = connections.flatMap((candidate) => candidate.signingSecrets);
    const check = verifySignature(secrets, headers, body, now);
    return { status: 401, reason: secrets.length === 0 ? `No store is connected to ${PLATFORM_LABELS[platform]}` : check.ok ? "Signature refused" : check.reason };
  }
  const webhookId = headers.id!;
  const [seen] = await getDb()
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.platform, platform), eq(webhookDeliveries.webhookId, webhookId)));
  if (seen) return { status: 200, outcome: seen.outcome, duplicate: true, orderId: seen.orderId, detail: seen.detail };

  const text = body.toString("utf8");
  const handled = await handle(platform, storeIds, text);
  // An unreadable delivery whose store is unknown goes to every store that shares the secret: one of them lost an order.
  const concerned = handled.storeId ? [handled.storeId] : storeIds;
  await transaction(
    async (tx) => {
      const recorded = await tx
        .insert(webhookDeliveries)
        .values({ platform, webhookId, storeId: concerned[0]!, kind: handled.kind, outcome: handled.outcome, orderId: handled.orderId, detail: handled.detail, receivedAt: now })
        .onConflictDoNothing()
        .returning({ id: webhookDeliveries.id });
      if (recorded.length === 1 && handled.outcome === "quarantined") {
        await tx
          .insert(quarantinedDeliveries)
          .values(concerned.map((storeId) => ({ platform, webhookId, storeId, reason: handled.detail ?? "Unreadable", body: text.slice(0, KEPT_BODY_CHARS), receivedAt: now })));
      }
    },
    { write: true },
  );
  return { status: 200, duplicate: false, outcome: handled.outcome, orderId: handled.orderId, detail: handled.detail };
}
