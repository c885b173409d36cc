import { describe, expect, it } from "vitest";
import { allDayCounts } from "./all-day-counts";
import type { Modifier } from "./new-order";

const noOnion: Modifier = { name: "Onion", action: "remove", quantity: 1, price_cents: 0 };
const cheese: Modifier = { name: "Cheese", action: "extra", quantity: 1, price_cents: 150 };
const line = (name: string, quantity: number, modifiers: Modifier[] = [], removedAt: number | null = null) => ({ name, quantity, modifiers, removedAt });

describe("all-day counts", () => {
  it("sums each item over accepted and bagging orders, grouping the same modifiers whatever their order", () => {
    const counts = allDayCounts([
      { status: "accepted", items: [line("Burger", 2, [noOnion, cheese]), line("Fries", 1)] },
      { status: "bagging", items: [line("Burger", 1, [cheese, noOnion]), line("Burger", 3)] },
      { status: "incoming", items: [line("Burger", 9)] },
      { status: "ready", items: [line("Fries", 9)] },
      { status: "accepted", items: [line("Fries", 5, [], 123), line("Shake", 1)] },
    ]);
    expect(counts).toEqual([
      {
        name: "Burger",
        total: 6,
        variants: [
          { modifiers: "", quantity: 3 },
          { modifiers: "Extra cheese · No onion", quantity: 3 },
        ],
      },
      { name: "Fries", total: 1, variants: [{ modifiers: "", quantity: 1 }] },
      { name: "Shake", total: 1, variants: [{ modifiers: "", quantity: 1 }] },
    ]);
  });

  it("is empty when nothing is being made", () => {
    expect(allDayCounts([{ status: "incoming", items: [line("Burger", 1)] }])).toEqual([]);
  });
});
