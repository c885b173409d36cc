import { z } from "zod";
import { leavesWithCourier, type FulfillmentType } from "./fulfillment";
import { STATUS_LABELS, type OrderStatus } from "./order-status";

/**
 * How a handover can end other than completed, each counted apart from the store's cancellations:
 * a pickup order left at the counter, a courier who could not pick up, a delivery that could not be made.
 */
export const HANDOVER_OUTCOMES = ["not_picked_up", "pickup_failed", "delivery_failed"] as const;
export const ZHandoverOutcome = z.enum(HANDOVER_OUTCOMES);
export type HandoverOutcome = z.infer<typeof ZHandoverOutcome>;

export const OUTCOME_LABELS: Record<HandoverOutcome, string> = {
  not_picked_up: "Not picked up",
  pickup_failed: "Pickup failed",
  delivery_failed: "Delivery failed",
};

export const ZHandoverFailure = z.object({
  outcome: ZHandoverOutcome.describe("`not_picked_up`: a customer never came; `pickup_failed`: the courier could not take it; `delivery_failed`: the courier could not deliver it"),
  reason: z.string().trim().min(1).max(500).describe("What happened, in a sentence"),
});

/** What a customer may say when they arrive at the store: where they wait. */
export const ZArrival = z.object({
  spot: z.string().trim().max(40).optional().describe("Parking spot or bay"),
  vehicle: z.string().trim().max(100).optional().describe("Their car, so staff find them"),
});
export type Arrival = z.infer<typeof ZArrival>;

/** A ready pickup order nobody collects is proposed as not picked up after this long, unless the store says otherwise. */
export const DEFAULT_NOT_PICKED_UP_MINUTES = 30;

/** Why an order cannot end this way now, or null when it can. */
export function handoverRefusal(outcome: HandoverOutcome, status: OrderStatus, fulfillment: FulfillmentType): string | null {
  const courier = leavesWithCourier(fulfillment);
  switch (outcome) {
    case "not_picked_up":
      if (courier) return "A courier's order is not picked up by the customer: report the pickup as failed";
      return status === "ready" ? null : `Only a ready order can be left uncollected; this one is ${STATUS_LABELS[status].toLowerCase()}`;
    case "pickup_failed":
      if (!courier) return "Only a courier picks this order up: a customer who never came is not picked up";
      return status === "accepted" || status === "bagging" || status === "ready" ? null : `The courier cannot fail to pick up an order that is ${STATUS_LABELS[status].toLowerCase()}`;
    case "delivery_failed":
      if (!courier) return "Only a courier's order is delivered";
      return status === "picked_up" ? null : "Only an order the courier has picked up can fail to be delivered";
  }
}
