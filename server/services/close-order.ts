import "server-only";
import { assertTransition } from "@/server/domain/order-status";
import type { Reason } from "@/server/domain/reason-codes";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";
import { moveStock } from "./stock";

type CloseOrderOptions = { orderId: number; expectedVersion?: number; reason: Reason; actor: Actor };

/** Ends an order with a reason: denied before acceptance, cancelled after (or before). */
function closeOrder(outcome: "denied" | "cancelled", { orderId, expectedVersion, reason, actor }: CloseOrderOptions) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: async (order, now, tx) => {
      assertTransition(order.status, outcome, order.fulfillmentType);
      // An accepted order took its dishes from the counted stock: cancelling gives them back.
      if (order.acceptedAt !== null) await moveStock(tx, order, 1);
      const message = reason.message || null;
      return {
        patch: {
          status: outcome,
          finishedAt: now,
          acknowledgedAt: order.acknowledgedAt ?? now,
          reasonCode: reason.code,
          reasonMessage: message,
        },
        event: { type: outcome, fromStatus: order.status, toStatus: outcome, reasonCode: reason.code, message },
      };
    },
  });
}

export const denyOrder = (options: CloseOrderOptions) => closeOrder("denied", options);
export const cancelOrder = (options: CloseOrderOptions) => closeOrder("cancelled", options);
