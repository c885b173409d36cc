import { shownOnBoard } from "@/server/domain/order-issue";
import type { BoardData, BoardIssue, BoardOrder } from "./types";

/**
 * Puts an order as the server last described it into the board; a deleted one (and its issues)
 * leaves it. Versions only grow, so an older snapshot (a late event, a slow response) never
 * overwrites a newer one.
 */
export function applyOrder(board: BoardData | undefined, order: BoardOrder): BoardData | undefined {
  if (!board) return board;
  const index = board.orders.findIndex((known) => known.id === order.id);
  if (order.deletedAt !== null) {
    if (index === -1) return board;
    return { ...board, orders: board.orders.filter((known) => known.id !== order.id), issues: board.issues.filter((issue) => issue.orderId !== order.id) };
  }
  if (index === -1) return { ...board, orders: [...board.orders, order] };
  if (board.orders[index]!.version > order.version) return board;
  const orders = board.orders.slice();
  orders[index] = order;
  return { ...board, orders };
}

/** Keeps the board's urgent and high issues current: one that is resolved or downgraded leaves it. */
export function applyIssue(board: BoardData | undefined, issue: BoardIssue): BoardData | undefined {
  if (!board) return board;
  const known = board.issues.find((candidate) => candidate.id === issue.id);
  if (known && known.version > issue.version) return board;
  const others = board.issues.filter((candidate) => candidate.id !== issue.id);
  return { ...board, issues: shownOnBoard(issue) ? [...others, issue].sort((a, b) => a.createdAt - b.createdAt) : others };
}
