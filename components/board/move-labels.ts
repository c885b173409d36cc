import type { FulfillmentType } from "@/server/domain/fulfillment";
import type { AdvanceTarget, OrderStatus } from "@/server/domain/order-status";

/** A move named as the action staff take, in the words of the counter. */
export function moveLabel(to: AdvanceTarget, fulfillment: FulfillmentType, from?: OrderStatus): string {
  switch (to) {
    case "bagging":
      return "Start bagging";
    case "ready":
      return "Mark ready";
    case "picked_up":
      return "Hand to courier";
    case "completed":
      if (from === "picked_up") return "Delivered";
      return fulfillment === "dine_in" ? "Served" : "Picked up by customer";
  }
}
