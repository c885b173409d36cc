import { describe, expect, it } from "vitest";
import { summarizeGap } from "./gap-summary";

describe("what changed while a board was away", () => {
  it("counts new orders, cancellations and orders that moved on", () => {
    const before = [
      { id: 1, status: "incoming" as const },
      { id: 2, status: "accepted" as const },
      { id: 3, status: "ready" as const },
    ];
    const after = [
      { id: 1, status: "cancelled" as const },
      { id: 2, status: "ready" as const },
      { id: 3, status: "ready" as const },
      { id: 4, status: "incoming" as const },
      { id: 5, status: "incoming" as const },
      { id: 6, status: "denied" as const },
    ];
    expect(summarizeGap(before, after)).toEqual({ added: 2, cancelled: 2, moved: 1, removed: 0 });
  });

  it("counts orders that were on the board and are gone from it as deleted", () => {
    const before = [
      { id: 1, status: "accepted" as const },
      { id: 2, status: "completed" as const },
    ];
    expect(summarizeGap(before, [])).toEqual({ added: 0, cancelled: 0, moved: 0, removed: 1 });
  });

  it("says nothing when nothing changed", () => {
    expect(summarizeGap([{ id: 1, status: "incoming" }], [{ id: 1, status: "incoming" }])).toBeNull();
  });

  it("counts an order that came in while away", () => {
    expect(summarizeGap([], [{ id: 9, status: "incoming" }])).toEqual({ added: 1, cancelled: 0, moved: 0, removed: 0 });
  });
});
