import type { OrderStatus } from "@/server/domain/order-status";
import { courierIsWaiting } from "@/server/domain/order-urgency";
import type { BoardOrder } from "./types";

export type IncomingOrder = "newest" | "oldest";

type Sortable = Pick<BoardOrder, "id" | "status" | "createdAt" | "readyBy" | "readyAt" | "courierStatus">;

/** The time each column sorts by: when it reached the store, when it is due, when it became ready. */
function clockOf(order: Sortable, status: OrderStatus): number {
  if (status === "accepted" || status === "bagging") return order.readyBy ?? Number.MAX_SAFE_INTEGER;
  if (status === "ready") return order.readyAt ?? order.createdAt;
  return order.createdAt;
}

/**
 * A column's cards in the order staff need them: an order a courier is standing at the counter for
 * first; then Incoming newest first (or oldest, as the tablet chose), the kitchen's columns by
 * ready-by time, Ready by how long each has waited.
 */
export function sortColumn<T extends Sortable>(orders: T[], status: OrderStatus, incoming: IncomingOrder): T[] {
  const direction = status === "incoming" && incoming === "newest" ? -1 : 1;
  return orders.slice().sort((a, b) => {
    const courier = Number(courierIsWaiting(b)) - Number(courierIsWaiting(a));
    if (courier !== 0) return courier;
    return direction * (clockOf(a, status) - clockOf(b, status)) || a.id - b.id;
  });
}
