import { describe, expect, it } from "vitest";
import { courierIsWaiting, urgencyBadge, type UrgencyInput } from "./order-urgency";

const MIN = 60_000;
const now = 1_000 * MIN;
const order = (overrides: Partial<UrgencyInput>): UrgencyInput => ({
  status: "incoming",
  placedAt: now,
  dueAt: null,
  readyBy: null,
  readyAt: null,
  courierStatus: null,
  customerArrivedAt: null,
  ...overrides,
});

describe("the one urgency badge a card shows", () => {
  it("counts an unanswered order's wait, amber at 2 minutes and red at 5 or past the platform's deadline", () => {
    expect(urgencyBadge(order({ placedAt: now - 1.9 * MIN }), now)).toEqual({ says: "waiting", minutes: 1, tone: "info" });
    expect(urgencyBadge(order({ placedAt: now - 3 * MIN }), now)).toEqual({ says: "waiting", minutes: 3, tone: "warning" });
    expect(urgencyBadge(order({ placedAt: now - 5 * MIN }), now)).toEqual({ says: "waiting", minutes: 5, tone: "late" });
    expect(urgencyBadge(order({ placedAt: now - 3 * MIN }), now, now - 1)).toEqual({ says: "waiting", minutes: 3, tone: "late" });
  });

  it("counts down to an order's ready-by time, amber in the last 2 minutes, and says how late it is after", () => {
    const accepted = (readyBy: number) => order({ status: "accepted", readyBy });
    expect(urgencyBadge(accepted(now + 4 * MIN), now)).toEqual({ says: "dueIn", minutes: 4, tone: "info" });
    expect(urgencyBadge(accepted(now + 90_000), now)).toEqual({ says: "dueIn", minutes: 2, tone: "warning" });
    expect(urgencyBadge(accepted(now), now)).toEqual({ says: "late", minutes: 1, tone: "late" });
    expect(urgencyBadge(accepted(now - 2.5 * MIN), now)).toEqual({ says: "late", minutes: 2, tone: "late" });
    expect(urgencyBadge(order({ status: "bagging", readyBy: null }), now)).toBeNull();
  });

  it("counts how long a ready order waits, amber at 10 minutes and red at 20", () => {
    expect(urgencyBadge(order({ status: "ready", readyAt: now - 9 * MIN }), now)?.tone).toBe("info");
    expect(urgencyBadge(order({ status: "ready", readyAt: now - 10 * MIN }), now)).toEqual({ says: "ready", minutes: 10, tone: "warning" });
    expect(urgencyBadge(order({ status: "ready", readyAt: now - 20 * MIN }), now)?.tone).toBe("late");
  });

  it("says Courier here, in red, for a courier at the counter for an unready order, whatever the clock says", () => {
    const waiting = order({ status: "bagging", readyBy: now + 30 * MIN, courierStatus: "arrived_at_store" });
    expect(urgencyBadge(waiting, now)).toEqual({ says: "courier", minutes: 0, tone: "late" });
    expect(courierIsWaiting(waiting)).toBe(true);
    expect(courierIsWaiting({ status: "ready", courierStatus: "arrived_at_store" })).toBe(false);
  });

  it("says nothing about finished orders", () => {
    expect(urgencyBadge(order({ status: "completed", placedAt: 0 }), now)).toBeNull();
  });
});
