import { describe, expect, it } from "vitest";
import { sortColumn } from "./column-order";

const order = (id: number, overrides: Partial<Parameters<typeof sortColumn>[0][number]> = {}) => ({
  id,
  status: "incoming" as const,
  createdAt: id * 1000,
  readyBy: null,
  readyAt: null,
  courierStatus: null,
  ...overrides,
});

describe("the order of a column's cards", () => {
  it("puts the newest incoming order on top, or the oldest when the tablet chose so", () => {
    const orders = [order(1), order(3), order(2)];
    expect(sortColumn(orders, "incoming", "newest").map((o) => o.id)).toEqual([3, 2, 1]);
    expect(sortColumn(orders, "incoming", "oldest").map((o) => o.id)).toEqual([1, 2, 3]);
  });

  it("floats an order a courier waits for to the top, and sorts the kitchen by ready-by time", () => {
    const orders = [
      order(1, { status: "accepted", readyBy: 50_000 }),
      order(2, { status: "accepted", readyBy: 10_000 }),
      order(3, { status: "accepted", readyBy: 90_000, courierStatus: "arrived_at_store" }),
      order(4, { status: "accepted", readyBy: null }),
    ];
    expect(sortColumn(orders, "accepted", "newest").map((o) => o.id)).toEqual([3, 2, 1, 4]);
  });

  it("shows the ready order that has waited longest first", () => {
    const orders = [order(1, { status: "ready", readyAt: 9_000 }), order(2, { status: "ready", readyAt: 2_000 })];
    expect(sortColumn(orders, "ready", "newest").map((o) => o.id)).toEqual([2, 1]);
  });
});
