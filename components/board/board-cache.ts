import type { BoardData, BoardOrder } from "./types";

/**
 * Puts an order as the server last described it into the board. Versions only grow, so an older
 * snapshot (a late event, a slow response) never overwrites a newer one.
 */
export function applyOrder(board: BoardData | undefined, order: BoardOrder): BoardData | undefined {
  if (!board) return board;
  const index = board.orders.findIndex((known) => known.id === order.id);
  if (index === -1) return { ...board, orders: [...board.orders, order] };
  if (board.orders[index]!.version > order.version) return board;
  const orders = board.orders.slice();
  orders[index] = order;
  return { ...board, orders };
}
