import "server-only";
import { TransitionRefused } from "@/server/domain/errors";
import { STATUS_LABELS } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";

/** A new quote after acceptance: the order is ready `prepMinutes` from now, on every tablet. */
export function setPrepTime({ orderId, expectedVersion, prepMinutes, actor }: { orderId: number; expectedVersion?: number; prepMinutes: number; actor: Actor }) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: (order, now) => {
      if (order.status !== "accepted" && order.status !== "bagging") {
        throw new TransitionRefused(order.status, order.status, `The prep time of a ${STATUS_LABELS[order.status].toLowerCase()} order cannot change`);
      }
      const readyBy = now + prepMinutes * 60_000;
      return {
        patch: { prepMinutes, readyBy },
        event: { type: "prep_time_changed", data: { prepMinutes, previousReadyBy: order.readyBy, readyBy } },
      };
    },
  });
}
