import { describe, expect, it } from "vitest";
import { applyOrder } from "./board-cache";
import type { BoardData, BoardOrder } from "./types";

const order = (id: number, version: number, status: BoardOrder["status"] = "incoming") =>
  ({ id, version, status }) as BoardOrder;
const board = (...orders: BoardOrder[]) => ({ orders, lastEventId: 1 }) as unknown as BoardData;

describe("applying an order to the board cache", () => {
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

  it("leaves a board that has not loaded alone", () => {
    expect(applyOrder(undefined, order(1, 1))).toBeUndefined();
  });
});
