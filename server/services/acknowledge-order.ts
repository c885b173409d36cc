import "server-only";
import { TransitionRefused } from "@/server/domain/errors";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";

/** Someone has seen a new order: its highlight and chime stop on every tablet. */
export function acknowledgeOrder({ orderId, actor }: { orderId: number; actor: Actor }) {
  return changeOrder({
    orderId,
    actor,
    decide: (order, now) => {
      if (order.acknowledgedAt !== null) {
        throw new TransitionRefused(order.status, order.status, "This order has already been acknowledged");
      }
      return { patch: { acknowledgedAt: now }, event: { type: "acknowledged" } };
    },
  });
}
