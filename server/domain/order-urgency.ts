import type { OrderStatus } from "./order-status";
import type { CourierStatus } from "./fulfillment";
import { countsFrom } from "./scheduling";

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
  dueAt: number | null;
  readyBy: number | null;
  readyAt: number | null;
  courierStatus: CourierStatus | null;
  customerArrivedAt: number | null;
};

function byThreshold(elapsed: number, warning: number, late: number): UrgencyBadge["tone"] {
  if (elapsed >= late) return "late";
  if (elapsed >= warning) return "warning";
  return "info";
}

/** A courier standing at the counter for an order that is not ready: the loudest thing on the board. */
export function courierIsWaiting(order: Pick<UrgencyInput, "status" | "courierStatus">): boolean {
  return order.courierStatus === "arrived_at_store" && (order.status === "accepted" || order.status === "bagging" || order.status === "incoming");
}

/** A customer who said "I'm here" for an order not handed over yet: as loud as a courier at the counter. */
export function customerIsWaiting(order: Pick<UrgencyInput, "status" | "customerArrivedAt">): boolean {
  return order.customerArrivedAt !== null && (order.status === "incoming" || order.status === "accepted" || order.status === "bagging" || order.status === "ready");
}

/**
 * The one thing a card says about time, as a message and its minutes ("waiting", 3: "Waiting 3 min"),
 * worded in the screen's language; `late` (red) only for what really is late.
 */
export type UrgencyBadge = { says: "courier" | "customer" | "comesIn" | "waiting" | "late" | "dueIn" | "ready"; minutes: number; tone: "info" | "warning" | "late" };

const minutes = (ms: number) => Math.max(0, Math.floor(ms / MINUTE));

/**
 * One badge at a time, the most pressing first: a courier at the counter, then the order's own
 * clock ("Waiting 3 min" for a decision, "Due in 4 min" / "Late 2 min" against its ready-by time,
 * "Ready 12 min" for one nobody collects). `acceptBy`, when known, is when the platform cancels.
 */
export function urgencyBadge(order: UrgencyInput, now: number, acceptBy?: number): UrgencyBadge | null {
  if (courierIsWaiting(order)) return { says: "courier", minutes: 0, tone: "late" };
  if (customerIsWaiting(order)) return { says: "customer", minutes: 0, tone: "late" };
  switch (order.status) {
    case "scheduled":
      return order.dueAt === null ? null : { says: "comesIn", minutes: Math.max(1, Math.round((order.dueAt - now) / MINUTE)), tone: "info" };
    case "incoming": {
      const waited = now - countsFrom(order);
      const pastDeadline = acceptBy !== undefined && now >= acceptBy;
      return { says: "waiting", minutes: minutes(waited), tone: pastDeadline ? "late" : byThreshold(waited, INCOMING_WARNING_MS, INCOMING_LATE_MS) };
    }
    case "accepted":
    case "bagging": {
      if (order.readyBy === null) return null;
      const left = order.readyBy - now;
      if (left <= 0) return { says: "late", minutes: Math.max(1, minutes(-left)), tone: "late" };
      return { says: "dueIn", minutes: Math.max(1, Math.round(left / MINUTE)), tone: left <= READY_BY_WARNING_MS ? "warning" : "info" };
    }
    case "ready": {
      const waited = now - (order.readyAt ?? now);
      return { says: "ready", minutes: minutes(waited), tone: byThreshold(waited, READY_WAITING_WARNING_MS, READY_WAITING_LATE_MS) };
    }
    default:
      return null;
  }
}
