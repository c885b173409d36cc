import { z } from "zod";
import { leavesWithCourier, type CourierStatus, type FulfillmentType } from "./fulfillment";
import { TransitionRefused } from "./errors";

export const ORDER_STATUSES = [
  "scheduled",
  "incoming",
  "accepted",
  "bagging",
  "ready",
  "picked_up",
  "completed",
  "cancelled",
  "denied",
  "failed",
] as const;
export const ZOrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof ZOrderStatus>;

export const STATUS_LABELS: Record<OrderStatus, string> = {
  scheduled: "Scheduled",
  incoming: "Incoming",
  accepted: "Accepted",
  bagging: "Bagging",
  ready: "Ready",
  picked_up: "Picked up",
  completed: "Completed",
  cancelled: "Cancelled",
  denied: "Denied",
  failed: "Handover failed",
};

/** The board's columns, in order; everything else is history. */
export const BOARD_STATUSES = ["incoming", "accepted", "bagging", "ready"] as const satisfies readonly OrderStatus[];
export const FINAL_STATUSES = ["completed", "cancelled", "denied", "failed"] as const satisfies readonly OrderStatus[];
/** Statuses that count as "finished" for counts and the recent strip. */
export const FINISHED_STATUSES = ["picked_up", ...FINAL_STATUSES] as const satisfies readonly OrderStatus[];

export function isFinal(status: OrderStatus): boolean {
  return (FINAL_STATUSES as readonly OrderStatus[]).includes(status);
}

const FORWARD: Record<OrderStatus, readonly OrderStatus[]> = {
  // A scheduled order waits until it is due to start; then it comes in like any other (or is cancelled before).
  scheduled: ["incoming", "cancelled"],
  incoming: ["accepted", "denied", "cancelled"],
  accepted: ["bagging", "ready", "cancelled"],
  bagging: ["ready", "cancelled"],
  ready: ["picked_up", "completed", "cancelled"],
  picked_up: ["completed"],
  completed: [],
  cancelled: [],
  denied: [],
  // Failed handovers (not picked up, pickup or delivery failed) are moved by failHandover, with their outcome.
  failed: [],
};

const RECALL: Partial<Record<OrderStatus, OrderStatus>> = {
  bagging: "accepted",
  ready: "bagging",
  picked_up: "ready",
};

export function recallTarget(from: OrderStatus): OrderStatus | undefined {
  return RECALL[from];
}

export function isRecall(from: OrderStatus, to: OrderStatus): boolean {
  return RECALL[from] === to;
}

/** Why a move is refused, or null when it is allowed. */
export function refusalOf(from: OrderStatus, to: OrderStatus, fulfillment: FulfillmentType): string | null {
  if (isRecall(from, to)) return null;
  if (!FORWARD[from].includes(to)) {
    if (isFinal(from)) return `The order is already ${STATUS_LABELS[from].toLowerCase()}`;
    return `An order cannot go from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}`;
  }
  if (from === "ready" && to === "picked_up" && !leavesWithCourier(fulfillment)) {
    return "Only delivery orders are picked up by a courier; mark this one completed";
  }
  if (from === "ready" && to === "completed" && leavesWithCourier(fulfillment)) {
    return "A delivery order is picked up by the courier before it is completed";
  }
  return null;
}

export function assertTransition(from: OrderStatus, to: OrderStatus, fulfillment: FulfillmentType): void {
  const refusal = refusalOf(from, to, fulfillment);
  if (refusal) throw new TransitionRefused(from, to, refusal);
}

/** The forward moves a tablet offers for an order, in the order the buttons appear. */
export function nextMoves(from: OrderStatus, fulfillment: FulfillmentType): AdvanceTarget[] {
  return ZAdvanceTarget.options.filter((to) => refusalOf(from, to, fulfillment) === null && !isRecall(from, to));
}

export function canCancel(from: OrderStatus): boolean {
  return FORWARD[from].includes("cancelled");
}

/** The forward moves that need no decision beyond the tap (accept, deny and cancel have their own). */
export const ZAdvanceTarget = z.enum(["bagging", "ready", "picked_up", "completed"]);
export type AdvanceTarget = z.infer<typeof ZAdvanceTarget>;

/** Orders that left the board stay in its recent strip this long, so a mistake can be recalled. */
export const RECENT_WINDOW_MS = 30 * 60_000;

/**
 * What a platform courier's news does to the order: out for delivery means it left the counter, dropoff
 * means it arrived. Only for orders a courier carries, and only forward from where the board has it.
 */
export function courierMove(from: OrderStatus, courier: CourierStatus, fulfillment: FulfillmentType): OrderStatus | null {
  if (!leavesWithCourier(fulfillment)) return null;
  if (courier === "out_for_delivery" && from === "ready") return "picked_up";
  if (courier === "dropoff" && (from === "ready" || from === "picked_up")) return "completed";
  return null;
}
