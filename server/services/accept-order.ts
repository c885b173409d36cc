import "server-only";
import { assertTransition } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";

export function acceptOrder({
  orderId,
  expectedVersion,
  prepMinutes,
  actor,
}: {
  orderId: number;
  expectedVersion?: number;
  prepMinutes: number;
  actor: Actor;
}) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: (order, now) => {
      assertTransition(order.status, "accepted", order.fulfillmentType);
      return {
        patch: {
          status: "accepted",
          acceptedAt: now,
          prepMinutes,
          readyBy: now + prepMinutes * 60_000,
          acknowledgedAt: order.acknowledgedAt ?? now,
        },
        event: { type: "accepted", fromStatus: order.status, toStatus: "accepted", data: { prepMinutes } },
      };
    },
  });
}
