import { describe, expect, it } from "vitest";
import { courierIsWaiting, urgencyOf, type UrgencyInput } from "./order-urgency";

const MIN = 60_000;
const now = 1_000 * MIN;
const order = (overrides: Partial<UrgencyInput>): UrgencyInput => ({
  status: "incoming",
  placedAt: now,
  readyBy: null,
  readyAt: null,
  courierStatus: null,
  ...overrides,
});

describe("how urgent a card looks", () => {
  it("turns an unanswered order amber at 2 minutes and red at 5", () => {
    expect(urgencyOf(order({ placedAt: now - 1.9 * MIN }), now)).toBe("normal");
    expect(urgencyOf(order({ placedAt: now - 2 * MIN }), now)).toBe("warning");
    expect(urgencyOf(order({ placedAt: now - 5 * MIN }), now)).toBe("late");
  });

  it("turns an order in preparation amber 2 minutes before ready-by and red after", () => {
    const accepted = (readyBy: number) => order({ status: "accepted", readyBy });
    expect(urgencyOf(accepted(now + 3 * MIN), now)).toBe("normal");
    expect(urgencyOf(accepted(now + 2 * MIN), now)).toBe("warning");
    expect(urgencyOf(accepted(now), now)).toBe("late");
    expect(urgencyOf(order({ status: "bagging", readyBy: null }), now)).toBe("normal");
  });

  it("turns a ready order nobody collects amber at 10 minutes and red at 20", () => {
    expect(urgencyOf(order({ status: "ready", readyAt: now - 9 * MIN }), now)).toBe("normal");
    expect(urgencyOf(order({ status: "ready", readyAt: now - 10 * MIN }), now)).toBe("warning");
    expect(urgencyOf(order({ status: "ready", readyAt: now - 20 * MIN }), now)).toBe("late");
  });

  it("makes a waiting courier on an unready order red, whatever the clock says", () => {
    const waiting = order({ status: "bagging", readyBy: now + 30 * MIN, courierStatus: "arrived_at_store" });
    expect(urgencyOf(waiting, now)).toBe("late");
    expect(courierIsWaiting(waiting)).toBe(true);
    expect(courierIsWaiting({ status: "ready", courierStatus: "arrived_at_store" })).toBe(false);
  });

  it("leaves finished orders calm", () => {
    expect(urgencyOf(order({ status: "completed", placedAt: 0 }), now)).toBe("normal");
  });
});
