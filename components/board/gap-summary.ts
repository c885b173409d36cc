import { BOARD_STATUSES, type OrderStatus } from "@/server/domain/order-status";

type Seen = { id: number; status: OrderStatus };

const isActive = (status: OrderStatus) => (BOARD_STATUSES as readonly OrderStatus[]).includes(status);

export type GapCounts = { added: number; cancelled: number; moved: number; removed: number };

/**
 * What changed while a board could not hear its server, comparing what it showed before the gap
 * with the board as the server reads it afterwards (said as "2 new orders, 1 cancelled, 1 deleted"). Null when nothing did.
 */
export function summarizeGap(before: Seen[], after: Seen[]): GapCounts | null {
  const previous = new Map(before.map((order) => [order.id, order.status]));
  let added = 0;
  let cancelled = 0;
  let moved = 0;
  for (const order of after) {
    const was = previous.get(order.id);
    if (order.status === "cancelled" || order.status === "denied") {
      if (was !== order.status) cancelled++;
    } else if (was === undefined) {
      if (isActive(order.status)) added++;
    } else if (was !== order.status) {
      moved++;
    }
  }
  // An order on the board is always in the board's snapshot: one that is no longer there was deleted.
  const present = new Set(after.map((order) => order.id));
  const removed = before.filter((order) => isActive(order.status) && !present.has(order.id)).length;
  return added + cancelled + moved + removed > 0 ? { added, cancelled, moved, removed } : null;
}
