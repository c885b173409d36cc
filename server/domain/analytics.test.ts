import { describe, expect, it } from "vitest";
import { computeAnalytics, percentile, type AnalyticsEvent, type AnalyticsOrder } from "./analytics";

const MIN = 60_000;
const utc = (iso: string) => Date.parse(iso);
const base = { tipCents: 0, fulfillmentType: "pickup", outcome: null, dueAt: null, readyAt: null, readyBy: null, prepMinutes: null, finishedAt: null, reasonCode: null, acceptedAt: null, channel: "platform_app", paymentMethod: "platform" } as const;

// Los Angeles, 7–8 March 2026: clocks spring forward at 02:00 on the 8th (PST UTC−8 → PDT UTC−7).
const o1Placed = utc("2026-03-08T07:30:00Z"); // 23:30 PST on Saturday the 7th: already the 8th in UTC
const o2Placed = utc("2026-03-08T10:30:00Z"); // 03:30 PDT on Sunday the 8th, just after the change
const o3Placed = utc("2026-03-08T20:00:00Z"); // 13:00 PDT
const o4Placed = utc("2026-03-08T21:00:00Z"); // 14:00 PDT
const orders: AnalyticsOrder[] = [
  { ...base, id: 1, placedAt: o1Placed, platform: "doordash", status: "completed", acceptedAt: o1Placed + 2 * MIN, readyAt: o1Placed + 17 * MIN, readyBy: o1Placed + 12 * MIN, prepMinutes: 10, finishedAt: o1Placed + 22 * MIN, totalCents: 2000 },
  { ...base, id: 2, placedAt: o2Placed, platform: "uber_eats", status: "cancelled", acceptedAt: o2Placed + MIN, finishedAt: o2Placed + 3 * MIN, reasonCode: "ITEM_OUT_OF_STOCK", totalCents: 1500 },
  { ...base, id: 3, placedAt: o3Placed, platform: "doordash", channel: "kiosk", status: "denied", finishedAt: o3Placed + 6 * MIN, reasonCode: "KITCHEN_BUSY", totalCents: 1000 },
  { ...base, id: 4, placedAt: o4Placed, platform: "grubhub", channel: "kiosk", paymentMethod: "cash", status: "ready", acceptedAt: o4Placed + 4 * MIN, readyAt: o4Placed + 12 * MIN, readyBy: o4Placed + 14 * MIN, prepMinutes: 10, totalCents: 3000 },
];
const event = (orderId: number, type: string, toStatus: AnalyticsEvent["toStatus"], createdAt: number, actorName = "API", actorType = "api"): AnalyticsEvent => ({ orderId, type, toStatus, createdAt, actorName, actorType });
const events: AnalyticsEvent[] = [
  event(1, "created", "incoming", o1Placed),
  event(1, "accepted", "accepted", o1Placed + 2 * MIN, "Sam", "employee"),
  event(1, "advanced", "ready", o1Placed + 17 * MIN, "Sam", "employee"),
  event(1, "advanced", "completed", o1Placed + 22 * MIN, "Maya", "employee"),
  event(4, "created", "incoming", o4Placed),
  event(4, "accepted", "accepted", o4Placed + 4 * MIN, "Maya", "employee"),
  event(4, "advanced", "ready", o4Placed + 12 * MIN, "Maya", "employee"),
];
const issues = [
  { orderId: 1, type: "missing_items" as const, priority: "high" as const, refundCents: 450, affectedItems: [{ name: "Fries", quantity: 1 }] },
  { orderId: 4, type: "wrong_items" as const, priority: "urgent" as const, refundCents: null, affectedItems: [{ name: "Fries", quantity: 1 }, { name: "Shake", quantity: 2 }] },
];
const analytics = computeAnalytics({ orders, events, issues, timeZone: "America/Los_Angeles", fromDay: "2026-03-07", toDay: "2026-03-08", now: utc("2026-03-08T23:00:00Z") });

describe("revenue", () => {
  it("leaves a courier's tip to the courier, and keeps a tip left at the counter", () => {
    const day = utc("2026-03-10T20:00:00Z");
    const delivered = { ...base, id: 1, placedAt: day, platform: "doordash" as const, status: "completed" as const, fulfillmentType: "delivery" as const, totalCents: 2300, tipCents: 300 };
    const collected = { ...delivered, id: 2, fulfillmentType: "pickup" as const };
    const figures = computeAnalytics({ orders: [delivered, collected], events: [], issues: [], timeZone: "UTC", fromDay: "2026-03-10", toDay: "2026-03-10", now: day });
    expect(figures.totals.revenueCents).toBe(2000 + 2300);
  });
});

describe("analytics on a small fixed day", () => {
  it("breaks orders and revenue down by channel and by payment method, leaving out the empty ones", () => {
    expect(analytics.byChannel).toEqual([
      { channel: "platform_app", orders: 2, revenueCents: 2000 },
      { channel: "kiosk", orders: 2, revenueCents: 3000 },
    ]);
    expect(analytics.byPaymentMethod).toEqual([
      { method: "platform", orders: 3, revenueCents: 2000 },
      { method: "cash", orders: 1, revenueCents: 3000 },
    ]);
  });

  it("counts volumes and revenue per local day, by platform, with lost orders earning nothing", () => {
    expect(analytics.volumes).toEqual([
      { day: "2026-03-07", orders: 1, revenueCents: 2000, byPlatform: { doordash: 1, uber_eats: 0, grubhub: 0, luladirect: 0, direct: 0 } },
      { day: "2026-03-08", orders: 3, revenueCents: 3000, byPlatform: { doordash: 1, uber_eats: 1, grubhub: 1, luladirect: 0, direct: 0 } },
    ]);
    expect(analytics.totals).toEqual({ orders: 4, revenueCents: 5000, active: 1, finished: 3 });
  });

  it("places orders in the weekday × hour grid by local time, across the DST change", () => {
    const cells = analytics.peakHours.flatMap((hours, weekday) => hours.flatMap((n, hour) => (n ? [[weekday, hour, n]] : [])));
    expect(cells).toEqual([
      [5, 23, 1],
      [6, 3, 1],
      [6, 13, 1],
      [6, 14, 1],
    ]);
  });

  it("measures speed as medians and p90s, against the quote", () => {
    expect(analytics.speed).toEqual({
      toAccept: { median: 2 * MIN, p90: 4 * MIN, count: 3 },
      acceptToReady: { median: 8 * MIN, p90: 15 * MIN, count: 2 },
      quotedPrep: { median: 10 * MIN, p90: 10 * MIN, count: 2 },
      readyToHandover: { median: 5 * MIN, p90: 5 * MIN, count: 1 },
      lateRate: 0.5,
    });
  });

  it("measures how long orders sat in each stage, by the hour they entered it and by platform", () => {
    const [incoming, accepted, , ready] = analytics.dwell;
    expect(incoming!.byHour[23]).toBe(2 * MIN);
    expect(incoming!.byHour[14]).toBe(4 * MIN);
    expect(incoming!.byPlatform).toEqual({ doordash: 2 * MIN, uber_eats: null, grubhub: 4 * MIN, luladirect: null, direct: null });
    expect(accepted!.byHour.filter((v) => v !== null)).toEqual([8 * MIN, 15 * MIN]);
    expect(ready!.byPlatform.doordash).toBe(5 * MIN);
  });

  it("counts as the store's cancels only orders someone at the store cancelled", () => {
    const cancelled = orders.filter((order) => order.status === "cancelled");
    const by = (actorType: string) => computeAnalytics({ orders: cancelled, events: cancelled.map((order) => event(order.id, "cancelled", "cancelled", order.finishedAt!, "Someone", actorType)), issues: [], timeZone: "America/Los_Angeles", fromDay: "2026-03-07", toDay: "2026-03-08", now: utc("2026-03-08T23:00:00Z") }).losses.cancelledByStore;
    expect(by("employee")).toBe(cancelled.length);
    expect(by("platform")).toBe(0);
    expect(by("customer")).toBe(0);
  });

  it("counts losses by reason and platform, and orders left unanswered over 5 minutes", () => {
    expect(analytics.losses).toEqual({
      cancelRate: 0.25,
      // Order 2 was cancelled with no one at the store saying so.
      cancelledByStore: 0,
      denyRate: 0.25,
      byReason: [
        { code: "ITEM_OUT_OF_STOCK", cancelled: 1, denied: 0 },
        { code: "KITCHEN_BUSY", cancelled: 0, denied: 1 },
      ],
      byPlatform: [
        { platform: "doordash", orders: 2, cancelled: 0, denied: 1 },
        { platform: "uber_eats", orders: 1, cancelled: 1, denied: 0 },
        { platform: "grubhub", orders: 1, cancelled: 0, denied: 0 },
        { platform: "luladirect", orders: 0, cancelled: 0, denied: 0 },
        { platform: "direct", orders: 0, cancelled: 0, denied: 0 },
      ],
      handoverFailures: [
        { outcome: "not_picked_up", orders: 0 },
        { outcome: "pickup_failed", orders: 0 },
        { outcome: "delivery_failed", orders: 0 },
      ],
      unacceptedOver5Min: 1,
    });
  });

  it("rates issues per 100 orders, finds the items most often in them, and totals refunds", () => {
    expect(analytics.issues).toMatchObject({
      count: 2,
      per100Orders: 50,
      refundCents: 450,
      topItems: [
        { name: "Fries", count: 2 },
        { name: "Shake", count: 1 },
      ],
    });
    expect(analytics.issues.byPriority.filter((p) => p.count)).toEqual([
      { priority: "urgent", count: 1, per100Orders: 25 },
      { priority: "high", count: 1, per100Orders: 25 },
    ]);
    expect(analytics.issues.byType.filter((t) => t.count)).toEqual([
      { type: "wrong_items", count: 1, per100Orders: 25 },
      { type: "missing_items", count: 1, per100Orders: 25 },
    ]);
  });

  it("credits people with what they accepted and completed", () => {
    expect(analytics.employees).toEqual([
      { name: "Maya", accepted: 1, completed: 1, medianToAcceptMs: 4 * MIN },
      { name: "Sam", accepted: 1, completed: 0, medianToAcceptMs: 2 * MIN },
    ]);
  });

  it("takes nearest-rank percentiles", () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([], 0.5)).toBeNull();
  });
});
