import { FINISHED_STATUSES, type OrderStatus } from "./order-status";
import { CHANNELS, type Channel } from "./channel";
import { PAYMENT_METHODS, type PaymentMethod } from "./payment";
import { PLATFORMS, type Platform } from "./platforms";
import { ISSUE_PRIORITIES, ISSUE_TYPES, type IssuePriority, type IssueType } from "./order-issue";
import { REASON_CODES, type ReasonCode } from "./reason-codes";
import { countsFrom } from "./scheduling";
import { leavesWithCourier, type FulfillmentType } from "./fulfillment";
import { HANDOVER_OUTCOMES, type HandoverOutcome } from "./handover";
import { localTime, nextDay } from "./time-zone";

export type AnalyticsOrder = {
  id: number;
  placedAt: number;
  /** Set on an order placed for later: when it came in, which its clocks count from. */
  dueAt: number | null;
  platform: Platform;
  channel: Channel;
  paymentMethod: PaymentMethod;
  status: OrderStatus;
  acceptedAt: number | null;
  readyAt: number | null;
  readyBy: number | null;
  prepMinutes: number | null;
  finishedAt: number | null;
  reasonCode: ReasonCode | null;
  outcome: HandoverOutcome | null;
  totalCents: number;
  tipCents: number;
  fulfillmentType: FulfillmentType;
};
export type AnalyticsEvent = { orderId: number; type: string; toStatus: OrderStatus | null; createdAt: number; actorType: string; actorName: string };
export type AnalyticsIssue = { orderId: number; type: IssueType; priority: IssuePriority; refundCents: number | null; affectedItems: { name: string; quantity: number }[] };

type Spread = { median: number | null; p90: number | null; count: number };
const MINUTE = 60_000;
/** The stages a board shows, whose dwell time matters. */
export const DWELL_STATUSES = ["incoming", "accepted", "bagging", "ready"] as const;

/** Nearest-rank percentile of unsorted durations; null when there are none. */
export function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}
const spread = (values: number[]): Spread => ({ median: percentile(values, 0.5), p90: percentile(values, 0.9), count: values.length });
const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
const isLost = (status: OrderStatus) => status === "cancelled" || status === "denied";
/** What an order brings the store: nothing once lost, and a courier's tip is the courier's. */
const revenueOf = (order: AnalyticsOrder) => (isLost(order.status) ? 0 : order.totalCents - (leavesWithCourier(order.fulfillmentType) ? order.tipCents : 0));

/** Orders and revenue per value of one attribute, the values with no orders left out. */
function share<K extends string>(orders: AnalyticsOrder[], keys: readonly K[], keyOf: (order: AnalyticsOrder) => K) {
  return keys
    .map((key) => {
      const mine = orders.filter((order) => keyOf(order) === key);
      return { key, orders: mine.length, revenueCents: mine.reduce((sum, order) => sum + revenueOf(order), 0) };
    })
    .filter((row) => row.orders > 0);
}

type Input = { orders: AnalyticsOrder[]; events: AnalyticsEvent[]; issues: AnalyticsIssue[]; timeZone: string; fromDay: string; toDay: string; now: number };

/**
 * Every figure of the analytics page from one store's orders in a range, in the store's time zone.
 * Pure: the service reads the rows, this counts.
 */
export function computeAnalytics({ orders, events, issues, timeZone, fromDay, toDay, now }: Input) {
  // Volumes per local day, with every day of the range present.
  const days = new Map<string, { orders: number; revenueCents: number; byPlatform: Record<Platform, number> }>();
  for (let day = fromDay; day <= toDay; day = nextDay(day)) days.set(day, { orders: 0, revenueCents: 0, byPlatform: zeroes(PLATFORMS) });
  const heatmap = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const order of orders) {
    const local = localTime(order.placedAt, timeZone);
    const bucket = days.get(local.day);
    if (bucket) {
      bucket.orders++;
      bucket.byPlatform[order.platform]++;
      bucket.revenueCents += revenueOf(order);
    }
    heatmap[local.weekday]![local.hour]!++;
  }
  const finished = orders.filter((order) => (FINISHED_STATUSES as readonly string[]).includes(order.status)).length;

  // Speed: decision, preparation against the quote, handover.
  const accepted = orders.filter((order) => order.acceptedAt !== null);
  const prepared = accepted.filter((order) => order.readyAt !== null);
  const handedOver = orders.filter((order) => order.readyAt !== null && order.finishedAt !== null && (order.status === "picked_up" || order.status === "completed"));
  const withQuote = prepared.filter((order) => order.readyBy !== null);

  // Dwell: how long orders sat in each stage, from the timeline, by the hour they entered it and by platform.
  const platformOf = new Map(orders.map((order) => [order.id, order.platform]));
  const placedAt = new Map(orders.map((order) => [order.id, countsFrom(order)]));
  const dwell = Object.fromEntries(DWELL_STATUSES.map((status) => [status, { byHour: Array.from({ length: 24 }, () => [] as number[]), byPlatform: Object.fromEntries(PLATFORMS.map((p) => [p, [] as number[]])) as Record<Platform, number[]> }]));
  const moves = events.filter((event) => event.toStatus !== null).sort((a, b) => a.createdAt - b.createdAt);
  const stage = new Map<number, { status: OrderStatus; since: number }>();
  for (const event of moves) {
    const current = stage.get(event.orderId) ?? (event.type === "created" ? undefined : { status: "incoming" as OrderStatus, since: placedAt.get(event.orderId)! });
    if (current && current.status in dwell) {
      const record = dwell[current.status]!;
      record.byHour[localTime(current.since, timeZone).hour]!.push(event.createdAt - current.since);
      record.byPlatform[platformOf.get(event.orderId)!].push(event.createdAt - current.since);
    }
    stage.set(event.orderId, { status: event.toStatus!, since: event.createdAt });
  }

  // Losses.
  const lost = orders.filter((order) => isLost(order.status));
  const decidedAt = (order: AnalyticsOrder) => order.acceptedAt ?? (order.status === "incoming" ? now : order.finishedAt ?? now);

  // Issues.
  const itemCounts = new Map<string, number>();
  for (const issue of issues) for (const item of issue.affectedItems) itemCounts.set(item.name, (itemCounts.get(item.name) ?? 0) + 1);
  const per100 = (count: number) => (orders.length === 0 ? 0 : Math.round((count * 10_000) / orders.length) / 100);

  // People: who accepted and completed, and how quickly they accepted.
  const people = new Map<string, { accepted: number; completed: number; toAccept: number[] }>();
  for (const event of events) {
    if (event.actorType !== "employee") continue;
    const person = people.get(event.actorName) ?? { accepted: 0, completed: 0, toAccept: [] };
    if (event.type === "accepted") {
      person.accepted++;
      person.toAccept.push(event.createdAt - placedAt.get(event.orderId)!);
    }
    if (event.toStatus === "completed") person.completed++;
    people.set(event.actorName, person);
  }

  return {
    totals: { orders: orders.length, revenueCents: [...days.values()].reduce((sum, d) => sum + d.revenueCents, 0), active: orders.length - finished, finished },
    volumes: [...days].map(([day, figures]) => ({ day, ...figures })),
    peakHours: heatmap,
    speed: {
      toAccept: spread(accepted.map((order) => order.acceptedAt! - countsFrom(order))),
      acceptToReady: spread(prepared.map((order) => order.readyAt! - order.acceptedAt!)),
      quotedPrep: spread(prepared.filter((order) => order.prepMinutes !== null).map((order) => order.prepMinutes! * MINUTE)),
      readyToHandover: spread(handedOver.map((order) => order.finishedAt! - order.readyAt!)),
      lateRate: withQuote.length === 0 ? null : withQuote.filter((order) => order.readyAt! > order.readyBy!).length / withQuote.length,
    },
    // Where orders were placed and how they were paid: orders and revenue of each (lost orders bring none).
    byChannel: share(orders, CHANNELS, (order) => order.channel).map(({ key, ...figures }) => ({ channel: key, ...figures })),
    byPaymentMethod: share(orders, PAYMENT_METHODS, (order) => order.paymentMethod).map(({ key, ...figures }) => ({ method: key, ...figures })),
    dwell: DWELL_STATUSES.map((status) => ({
      status,
      byHour: dwell[status]!.byHour.map((values) => percentile(values, 0.5)),
      byPlatform: Object.fromEntries(PLATFORMS.map((platform) => [platform, percentile(dwell[status]!.byPlatform[platform], 0.5)])) as Record<Platform, number | null>,
    })),
    losses: {
      cancelRate: orders.length === 0 ? 0 : lost.filter((o) => o.status === "cancelled").length / orders.length,
      // Cancelled by someone at the store, not by the platform or the customer.
      cancelledByStore: new Set(events.filter((event) => event.toStatus === "cancelled" && event.actorType === "employee").map((event) => event.orderId)).size,
      denyRate: orders.length === 0 ? 0 : lost.filter((o) => o.status === "denied").length / orders.length,
      byReason: REASON_CODES.map((code) => ({
        code,
        cancelled: lost.filter((o) => o.status === "cancelled" && o.reasonCode === code).length,
        denied: lost.filter((o) => o.status === "denied" && o.reasonCode === code).length,
      })).filter((row) => row.cancelled + row.denied > 0),
      byPlatform: PLATFORMS.map((platform) => {
        const mine = orders.filter((o) => o.platform === platform);
        return { platform, orders: mine.length, cancelled: mine.filter((o) => o.status === "cancelled").length, denied: mine.filter((o) => o.status === "denied").length };
      }),
      // Handovers that did not happen, apart from the store's cancellations and denials.
      handoverFailures: HANDOVER_OUTCOMES.map((outcome) => ({ outcome, orders: orders.filter((o) => o.outcome === outcome).length })),
      unacceptedOver5Min: orders.filter((order) => order.status !== "scheduled" && decidedAt(order) - countsFrom(order) > 5 * MINUTE).length,
    },
    issues: {
      count: issues.length,
      per100Orders: per100(issues.length),
      byType: ISSUE_TYPES.map((type) => ({ type, count: issues.filter((i) => i.type === type).length, per100Orders: per100(issues.filter((i) => i.type === type).length) })),
      byPriority: ISSUE_PRIORITIES.map((priority) => {
        const count = issues.filter((i) => i.priority === priority).length;
        return { priority, count, per100Orders: per100(count) };
      }),
      topItems: [...itemCounts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 10),
      refundCents: issues.reduce((sum, issue) => sum + (issue.refundCents ?? 0), 0),
    },
    employees: [...people].map(([name, figures]) => ({ name, accepted: figures.accepted, completed: figures.completed, medianToAcceptMs: percentile(figures.toAccept, 0.5) })).sort((a, b) => b.accepted - a.accepted || a.name.localeCompare(b.name)),
  };
}
export type Analytics = ReturnType<typeof computeAnalytics>;
