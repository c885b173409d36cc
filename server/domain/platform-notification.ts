import type { FulfillmentType } from "./fulfillment";
import type { OrderStatus } from "./order-status";
import type { Platform } from "./platforms";
import { REASON_LABELS, type ReasonCode } from "./reason-codes";
import { toIso } from "./time-zone";

/** The status changes a platform must hear about, named as our outbound webhook `type`. */
export const ORDER_NOTIFICATION_TYPES = [
  "order.accepted",
  "order.denied",
  "order.ready",
  "order.picked_up",
  "order.cancelled",
  "order.prep_time_changed",
  "order.handover_failed",
] as const;
/** A store's own news: an item 86'd or back on, a pause or its end, busy mode's extra minutes. */
export const STORE_NOTIFICATION_TYPES = ["store.paused", "store.resumed", "store.busy", "item.unavailable", "item.available"] as const;
export const NOTIFICATION_TYPES = [...ORDER_NOTIFICATION_TYPES, ...STORE_NOTIFICATION_TYPES] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const NOTIFICATION_LABELS: Record<NotificationType, string> = {
  "order.accepted": "Accepted",
  "order.denied": "Denied",
  "order.ready": "Ready",
  "order.picked_up": "Picked up",
  "order.cancelled": "Cancelled by store",
  "order.prep_time_changed": "Prep time changed",
  "order.handover_failed": "Handover failed",
  "store.paused": "Store paused",
  "store.resumed": "Store resumed",
  "store.busy": "Busy mode",
  "item.unavailable": "Item 86'd",
  "item.available": "Item back on",
};

export type NotifiedEvent = {
  type: string;
  toStatus: OrderStatus | null;
  reasonCode: ReasonCode | null;
  message: string | null;
  actorType: string;
  data?: Record<string, unknown> | null;
};

export type NotifiedOrder = {
  id: number;
  storeId: string;
  platform: Platform;
  externalId: string;
  fulfillmentType: FulfillmentType;
  placedAt: number;
  readyBy: number | null;
  prepMinutes: number | null;
};

export type Notification = { type: NotificationType; data: Record<string, unknown>; timeCritical: boolean };


function typeOf(event: NotifiedEvent): NotificationType | null {
  switch (event.type) {
    case "accepted":
      return "order.accepted";
    case "denied":
      return "order.denied";
    case "cancelled":
      return "order.cancelled";
    case "prep_time_changed":
      return "order.prep_time_changed";
    case "handover_failed":
      return "order.handover_failed";
    case "advanced":
      if (event.toStatus === "ready") return "order.ready";
      // Picked up by a courier, or handed straight to the customer at the counter.
      if (event.toStatus === "picked_up" || event.toStatus === "completed") return "order.picked_up";
      return null;
    default:
      return null;
  }
}

/**
 * What to tell the platform about a change, if anything. A change the platform itself made is never
 * echoed back to it; a delivery's completion after pickup is the platform's own news.
 */
export function notificationFor(event: NotifiedEvent, order: NotifiedOrder): Notification | null {
  if (event.actorType === "platform") return null;
  const type = typeOf(event);
  if (!type) return null;
  if (type === "order.picked_up" && event.toStatus === "completed" && order.fulfillmentType === "delivery") return null;
  const data: Record<string, unknown> = {
    order_id: order.externalId,
    merchant_supplied_id: String(order.id),
    store_id: order.storeId,
    fulfillment_type: order.fulfillmentType,
  };
  if (type === "order.accepted") Object.assign(data, { order_status: "success" });
  if (type === "order.accepted" || type === "order.prep_time_changed") {
    Object.assign(data, { prep_time: toIso(order.readyBy), prep_minutes: order.prepMinutes });
  }
  if (type === "order.handover_failed") Object.assign(data, { outcome: event.data?.outcome, reason: event.message });
  if (type === "order.denied" || type === "order.cancelled") {
    const code = event.reasonCode ?? "OTHER";
    const details = event.message || REASON_LABELS[code];
    if (type === "order.denied") Object.assign(data, { order_status: "fail", failure_reason: details, reason_code: code });
    else Object.assign(data, { cancel_reason: code, cancel_details: details });
  }
  return { type, data, timeCritical: type === "order.accepted" || type === "order.denied" };
}

const MINUTE = 60_000;
/** A late accept or deny still gets this long to arrive, though the platform may already have given up. */
const LATE_ANSWER_GRACE_MS = MINUTE;
/** Ready, picked up and the rest keep trying this long before they are dead-lettered. */
export const ROUTINE_RETRY_WINDOW_MS = 30 * MINUTE;

/** When retrying stops: the platform's accept deadline for an answer to the order, a fixed window for the rest. */
export function giveUpAt(notification: Pick<Notification, "timeCritical">, acceptDeadlineAt: number, now: number): number {
  return notification.timeCritical ? Math.max(acceptDeadlineAt, now + LATE_ANSWER_GRACE_MS) : now + ROUTINE_RETRY_WINDOW_MS;
}
