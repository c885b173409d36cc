import "server-only";
import { TransitionRefused } from "@/server/domain/errors";
import { paymentSummary } from "@/server/domain/payment";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";

/** Staff took the money at the window: the order is paid, and the event says who collected what. */
export function markPaid({ orderId, expectedVersion, actor }: { orderId: number; expectedVersion?: number; actor: Actor }) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: (order) => {
      if (order.paid) throw new TransitionRefused(order.status, order.status, "This order is paid already");
      if (order.status === "cancelled" || order.status === "denied") throw new TransitionRefused(order.status, order.status, "A closed order is not collected");
      return { patch: { paid: true }, event: { type: "paid", data: { summary: `Collected ${paymentSummary(order)}` } } };
    },
  });
}
