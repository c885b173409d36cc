import { z } from "zod";
import type { Analytics } from "./analytics";

/**
 * What a manager holds the store to on the analytics headline: a figure past its limit is shown as a
 * problem. Orders and revenue are held to last week's: no more than `maxDropPercent` below it.
 */
export const ZHeadlineTargets = z.object({
  maxMedianToAcceptMinutes: z.number("Give minutes, e.g. 2").min(0, "At least 0").max(60, "An hour at most"),
  maxLateRatePercent: z.number("Give a percentage, e.g. 10").min(0, "At least 0").max(100, "100 at most"),
  maxUnansweredOver5Min: z.int("Give a whole number of orders").min(0, "At least 0").max(10_000, "10,000 at most"),
  maxStoreCancels: z.int("Give a whole number of orders").min(0, "At least 0").max(10_000, "10,000 at most"),
  maxDropPercent: z.number("Give a percentage, e.g. 10").min(0, "At least 0").max(100, "100 at most"),
});
export type HeadlineTargets = z.infer<typeof ZHeadlineTargets>;

export const DEFAULT_HEADLINE_TARGETS: HeadlineTargets = { maxMedianToAcceptMinutes: 2, maxLateRatePercent: 10, maxUnansweredOver5Min: 0, maxStoreCancels: 2, maxDropPercent: 10 };

/** The six figures the analytics page opens with. */
export type Headline = {
  orders: number;
  revenueCents: number;
  medianToAcceptMs: number | null;
  lateRate: number | null;
  unansweredOver5Min: number;
  storeCancels: number;
};

export const headlineOf = (a: Pick<Analytics, "totals" | "speed" | "losses">): Headline => ({
  orders: a.totals.orders,
  revenueCents: a.totals.revenueCents,
  medianToAcceptMs: a.speed.toAccept.median,
  lateRate: a.speed.lateRate,
  unansweredOver5Min: a.losses.unacceptedOver5Min,
  storeCancels: a.losses.cancelledByStore,
});

/** Whether each figure is within its target (null: nothing to judge, no orders to time). */
export function judgeHeadline(now: Headline, before: Headline, targets: HeadlineTargets): Record<keyof Headline, boolean | null> {
  const notBelow = (value: number, previous: number) => previous === 0 || value >= previous * (1 - targets.maxDropPercent / 100);
  return {
    orders: notBelow(now.orders, before.orders),
    revenueCents: notBelow(now.revenueCents, before.revenueCents),
    medianToAcceptMs: now.medianToAcceptMs === null ? null : now.medianToAcceptMs <= targets.maxMedianToAcceptMinutes * 60_000,
    lateRate: now.lateRate === null ? null : now.lateRate <= targets.maxLateRatePercent / 100,
    unansweredOver5Min: now.unansweredOver5Min <= targets.maxUnansweredOver5Min,
    storeCancels: now.storeCancels <= targets.maxStoreCancels,
  };
}
