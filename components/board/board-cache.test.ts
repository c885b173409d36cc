import { describe, expect, it } from "vitest";
import { applyIssue, applyOrder } from "./board-cache";
import type { BoardData, BoardIssue, BoardOrder } from "./types";

const order = (id: number, version: number, status: BoardOrder["status"] = "incoming") =>
  ({ id, version, status, deletedAt: null }) as BoardOrder;
const board = (...orders: BoardOrder[]) => ({ orders, issues: [], lastEventId: 1 }) as unknown as BoardData;

describe("applying an order to the board cache", () => {
  it("takes a deleted order off the board, with its issues, and never adds one", () => {
    const issued = { ...board(order(1, 1), order(2, 1)), issues: [{ id: 9, orderId: 1 }] } as unknown as BoardData;
    const next = applyOrder(issued, { ...order(1, 2), deletedAt: 1 });
    expect(next?.orders.map((o) => o.id)).toEqual([2]);
    expect(next?.issues).toEqual([]);
    expect(applyOrder(board(order(2, 1)), { ...order(3, 2), deletedAt: 1 })?.orders.map((o) => o.id)).toEqual([2]);
  });

  it("adds an order it has not seen", () => {
    expect(applyOrder(board(order(1, 1)), order(2, 1))?.orders.map((o) => o.id)).toEqual([1, 2]);
  });

  it("replaces an order with a newer or equal version, in place", () => {
    const next = applyOrder(board(order(1, 1), order(2, 1)), order(1, 2, "accepted"));
    expect(next?.orders).toEqual([order(1, 2, "accepted"), order(2, 1)]);
  });

  it("ignores an older snapshot that arrives late", () => {
    const current = board(order(1, 3, "ready"));
    expect(applyOrder(current, order(1, 2, "bagging"))).toBe(current);
  });

  it("shows urgent and high open issues, and drops one once resolved or downgraded", () => {
    const issue = (id: number, version: number, priority: BoardIssue["priority"], status: BoardIssue["status"] = "open") =>
      ({ id, version, priority, status, createdAt: id }) as BoardIssue;
    const empty = { orders: [], issues: [] } as unknown as BoardData;
    const shown = applyIssue(empty, issue(1, 1, "high"));
    expect(shown?.issues.map((i) => i.id)).toEqual([1]);
    expect(applyIssue(shown, issue(2, 1, "low"))?.issues.map((i) => i.id)).toEqual([1]);
    expect(applyIssue(shown, issue(1, 2, "high", "resolved"))?.issues).toEqual([]);
    expect(applyIssue(shown, issue(1, 2, "medium"))?.issues).toEqual([]);
    expect(applyIssue(applyIssue(shown, issue(1, 3, "urgent")), issue(1, 2, "medium"))?.issues.map((i) => i.priority)).toEqual(["urgent"]);
  });

  it("leaves a board that has not loaded alone", () => {
    expect(applyOrder(undefined, order(1, 1))).toBeUndefined();
  });
});
