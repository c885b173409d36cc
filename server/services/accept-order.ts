import "server-only";
import { assertTransition } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";
import { eightySixEmpty, moveStock } from "./stock";

export async function acceptOrder({
  orderId,
  expectedVersion,
  prepMinutes,
  actor,
  auto = false,
}: {
  orderId: number;
  expectedVersion?: number;
  prepMinutes: number;
  actor: Actor;
  /** Taken by the store's auto-accept, as the card says. */
  auto?: boolean;
}) {
  let counted = false;
  const accepted = await changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: async (order, now, tx) => {
      assertTransition(order.status, "accepted", order.fulfillmentType);
      counted = await moveStock(tx, order, -1);
      return {
        patch: {
          status: "accepted",
          acceptedAt: now,
          prepMinutes,
          readyBy: now + prepMinutes * 60_000,
          acknowledgedAt: order.acknowledgedAt ?? now,
          autoAccepted: auto,
        },
        event: { type: "accepted", fromStatus: order.status, toStatus: "accepted", data: { prepMinutes } },
      };
    },
  });
  // A dish whose count this order emptied is 86'd for the next orders.
  if (counted) await eightySixEmpty(accepted.order.storeId);
  return accepted;
}
