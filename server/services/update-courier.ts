import "server-only";
import { COURIER_STATUSES, COURIER_STATUS_LABELS, type CourierStatus } from "@/server/domain/fulfillment";
import { courierMove } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder, NothingToChange } from "./change-order";

/**
 * Courier progress from the platform. It only moves forward: a repeated or late-arriving earlier
 * status changes nothing, so an out-of-order delivery cannot silence a courier who is waiting.
 * A courier leaving with a ready order, or delivering it, moves the order on the board too.
 */
type CourierUpdate = { orderId: number; status: CourierStatus; courierName: string | null; courierPhone?: string | null; actor: Actor };

export function updateCourier({ orderId, status, courierName, courierPhone = null, actor }: CourierUpdate) {
  return changeOrder({
    orderId,
    actor,
    decide: (order, now) => {
      // A cancelled courier is replaced: the new one's news starts over, under their own name.
      const replaced = order.courierStatus === "courier_cancelled";
      const current = order.courierStatus === null || replaced ? -1 : COURIER_STATUSES.indexOf(order.courierStatus);
      if (COURIER_STATUSES.indexOf(status) <= current || (replaced && status === "courier_cancelled")) throw new NothingToChange();
      const name = courierName ?? (replaced ? null : order.courierName);
      const phone = courierPhone ?? (replaced ? null : order.courierPhone);
      const to = courierMove(order.status, status, order.fulfillmentType);
      return {
        patch: { courierStatus: status, courierName: name, courierPhone: phone, ...(to ? { status: to, finishedAt: now } : {}) },
        event: {
          type: "courier_updated",
          ...(to ? { fromStatus: order.status, toStatus: to } : {}),
          data: { courierStatus: status, summary: `${COURIER_STATUS_LABELS[status]}${name ? ` (${name})` : ""}` },
        },
      };
    },
  });
}
