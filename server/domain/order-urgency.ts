import type { OrderStatus } from "./order-status";
import type { CourierStatus } from "./fulfillment";

export type Urgency = "normal" | "warning" | "late";

const MINUTE = 60_000;
/** Platforms start auto-cancelling unanswered orders after a few minutes. */
export const INCOMING_WARNING_MS = 2 * MINUTE;
export const INCOMING_LATE_MS = 5 * MINUTE;
/** How close to its ready-by time an order in preparation turns amber. */
export const READY_BY_WARNING_MS = 2 * MINUTE;
/** A ready order nobody collects is food going cold. */
export const READY_WAITING_WARNING_MS = 10 * MINUTE;
export const READY_WAITING_LATE_MS = 20 * MINUTE;

export type UrgencyInput = {
  status: OrderStatus;
  placedAt: number;
  readyBy: number | null;
  readyAt: number | null;
  courierStatus: CourierStatus | null;
};

function byThreshold(elapsed: number, warning: number, late: number): Urgency {
  if (elapsed >= late) return "late";
  if (elapsed >= warning) return "warning";
  return "normal";
}

export function urgencyOf(order: UrgencyInput, now: number): Urgency {
  switch (order.status) {
    case "incoming":
      return byThreshold(now - order.placedAt, INCOMING_WARNING_MS, INCOMING_LATE_MS);
    case "accepted":
    case "bagging":
      if (order.courierStatus === "arrived_at_store") return "late";
      if (order.readyBy === null) return "normal";
      return byThreshold(now - (order.readyBy - READY_BY_WARNING_MS), 0, READY_BY_WARNING_MS);
    case "ready":
      return byThreshold(now - (order.readyAt ?? now), READY_WAITING_WARNING_MS, READY_WAITING_LATE_MS);
    default:
      return "normal";
  }
}

/** A courier standing at the counter for an order that is not ready: the loudest thing on the board. */
export function courierIsWaiting(order: Pick<UrgencyInput, "status" | "courierStatus">): boolean {
  return order.courierStatus === "arrived_at_store" && (order.status === "accepted" || order.status === "bagging" || order.status === "incoming");
}
