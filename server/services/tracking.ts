import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { orders, stores } from "@/db/schema";
import { NotFound, TransitionRefused } from "@/server/domain/errors";
import { COURIER_STATUS_LABELS } from "@/server/domain/fulfillment";
import type { Arrival } from "@/server/domain/handover";
import type { Actor } from "./actor";
import { changeOrder, NothingToChange } from "./change-order";
import { notDeleted } from "./order-views";

/** A tracking token as the order was given it: 24 random bytes, base64url. Anything else names no order. */
export const ZTrackingToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/);

/** Who says "I'm here" from the tracking link. */
const CUSTOMER: Actor = { type: "customer", id: null, name: "Customer" };

/** Fulfilments where the customer comes to the store and may say so. */
const COMES_TO_STORE = new Set(["pickup", "curbside", "drive_thru"]);
const WAITING = new Set(["incoming", "accepted", "bagging", "ready"]);

const NO_SUCH_LINK = "This tracking link does not name an order";

async function orderByToken(token: string) {
  if (!ZTrackingToken.safeParse(token).success) throw new NotFound(NO_SUCH_LINK);
  const [row] = await getDb()
    .select({ order: orders, store: { name: stores.name, timezone: stores.timezone } })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(and(eq(orders.trackingToken, token), notDeleted));
  if (!row) throw new NotFound(NO_SUCH_LINK);
  return row;
}

/** The order's status in the customer's words, and nothing of any other order or of the store's workings. */
function statusText(order: typeof orders.$inferSelect): string {
  if (order.courierStatus && order.courierStatus !== "arrived_at_store" && order.status === "picked_up") return COURIER_STATUS_LABELS[order.courierStatus];
  switch (order.status) {
    case "scheduled":
      return "Placed for later";
    case "incoming":
      return "Sent to the store";
    case "accepted":
    case "bagging":
      return "Being prepared";
    case "ready":
      return "Ready";
    case "picked_up":
      return "On its way";
    case "completed":
      return "Handed over";
    case "cancelled":
    case "denied":
      return "Cancelled";
    case "failed":
      return order.outcome === "delivery_failed" ? "Could not be delivered: the store or the platform will contact you" : "Not handed over: please contact the store";
  }
}

/** What the customer's own link shows: this order only, by its token. */
export async function trackOrder(token: string) {
  const { order, store } = await orderByToken(token);
  return {
    shortCode: order.shortCode,
    store: store.name,
    timezone: store.timezone,
    status: order.status,
    statusText: statusText(order),
    readyBy: order.status === "accepted" || order.status === "bagging" ? order.readyBy : null,
    readyAt: order.readyAt,
    scheduledFor: order.scheduledFor,
    customerArrivedAt: order.customerArrivedAt,
    canSayHere: COMES_TO_STORE.has(order.fulfillmentType) && WAITING.has(order.status) && order.customerArrivedAt === null,
  };
}

export type Tracking = Awaited<ReturnType<typeof trackOrder>>;

/**
 * "I'm here" from the customer's link: the order records when and where they wait, and every board
 * of the store raises the alarm a courier at the counter raises. Saying it again changes nothing.
 */
export async function customerArrived(token: string, arrival: Arrival, actor: Actor = CUSTOMER) {
  const { order } = await orderByToken(token);
  await markArrived(order.id, arrival, actor);
  return trackOrder(token);
}

/** The same arrival from the store's API or a platform: by order id. */
export async function markArrived(orderId: number, { spot, vehicle }: Arrival, actor: Actor) {
  const note = [spot && `spot ${spot}`, vehicle].filter(Boolean).join(" · ") || null;
  try {
    return await changeOrder({
      orderId,
      actor,
      decide: (current) => {
        if (current.customerArrivedAt !== null) throw new NothingToChange();
        if (!COMES_TO_STORE.has(current.fulfillmentType)) throw new TransitionRefused(current.status, current.status, "This order is delivered: nobody comes to the store for it");
        if (!WAITING.has(current.status)) throw new TransitionRefused(current.status, current.status, "This order is no longer waiting at the store");
        return { patch: { customerArrivedAt: Date.now(), arrivalNote: note }, event: { type: "customer_arrived", data: note ? { summary: note } : null } };
      },
    });
  } catch (error) {
    if (error instanceof NothingToChange) return null;
    throw error;
  }
}
