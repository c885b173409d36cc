import { z } from "zod";
import { assertTransition } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";

export const PREP_MINUTE_CHOICES = [5, 10, 15, 20, 30] as const;
export const ZPrepMinutes = z.int().min(1, "At least 1 minute").max(240, "At most 4 hours");

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
