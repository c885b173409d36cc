import { describe, expect, it } from "vitest";
import { DEFAULT_HEADLINE_TARGETS, judgeHeadline, type Headline } from "./headline";

const week: Headline = { orders: 100, revenueCents: 250_000, medianToAcceptMs: 90_000, lateRate: 0.07, unansweredOver5Min: 0, storeCancels: 1 };

describe("judging the headline", () => {
  it("holds orders and revenue to last week's, less the drop the manager allows", () => {
    const targets = { ...DEFAULT_HEADLINE_TARGETS, maxDropPercent: 10 };
    expect(judgeHeadline({ ...week, orders: 90, revenueCents: 224_999 }, week, targets)).toMatchObject({ orders: true, revenueCents: false });
    expect(judgeHeadline({ ...week, orders: 89 }, week, targets).orders).toBe(false);
    // Nothing last week: nothing to fall from.
    expect(judgeHeadline({ ...week, orders: 0 }, { ...week, orders: 0 }, targets).orders).toBe(true);
  });

  it("holds the other figures to their limits, inclusive, and judges nothing it could not measure", () => {
    const targets = { ...DEFAULT_HEADLINE_TARGETS, maxMedianToAcceptMinutes: 1.5, maxLateRatePercent: 7, maxUnansweredOver5Min: 0, maxStoreCancels: 1 };
    expect(judgeHeadline(week, week, targets)).toEqual({ orders: true, revenueCents: true, medianToAcceptMs: true, lateRate: true, unansweredOver5Min: true, storeCancels: true });
    expect(judgeHeadline({ ...week, medianToAcceptMs: 90_001, lateRate: 0.071, unansweredOver5Min: 1, storeCancels: 2 }, week, targets)).toMatchObject({
      medianToAcceptMs: false,
      lateRate: false,
      unansweredOver5Min: false,
      storeCancels: false,
    });
    expect(judgeHeadline({ ...week, medianToAcceptMs: null, lateRate: null }, week, targets)).toMatchObject({ medianToAcceptMs: null, lateRate: null });
  });
});
