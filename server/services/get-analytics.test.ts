import { describe, expect, it } from "vitest";
import { InvalidRequest } from "@/server/domain/errors";
import { makeStore, orderInput } from "@/test-support/orders";
import { rejected } from "@/test-support/refusals";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { cancelOrder } from "./close-order";
import { getAnalytics, setHeadlineTargets } from "./get-analytics";
import { addMenuItem } from "./menu";
import { setAutoAccept } from "./auto-accept";
import { setItemAvailability, setPause } from "./store-controls";
import { ZMenuItemInput } from "@/server/domain/menu";
import { localTime, startOfLocalDay } from "@/server/domain/time-zone";

describe("analytics from the database", () => {
  it("sums the store's controls: minutes paused and why, 86s, orders auto-accepted", async () => {
    const storeId = await makeStore("America/New_York");
    const sam = { type: "employee" as const, id: "7", name: "Sam" };
    // Yesterday at noon in New York: inside the last 7 days, far from either midnight.
    const noon = startOfLocalDay(localTime(Date.now(), "America/New_York").day, "America/New_York") - 12 * 60 * 60_000;
    await setPause(storeId, { paused: true, reason: "Oven down", minutes: 20 }, sam, noon);
    const fries = await addMenuItem(storeId, ZMenuItemInput.parse({ name: "Fries", price_cents: 400 }));
    await setItemAvailability(storeId, fries.id, { available: false }, sam, noon);
    await setAutoAccept(storeId, { platforms: ["doordash"], prep_minutes: 10, max_items: null, max_total_cents: null }, sam);
    await createOrder(orderInput(storeId), SYSTEM_ACTOR);

    const { controls } = await getAnalytics(storeId, { range: "7d" });
    expect(controls.autoAccepted).toBe(1);
    expect(controls.mostOut).toEqual([{ name: "Fries", times: 1 }]);
    expect(controls.pausedByDay.flatMap((day) => Object.entries(day.minutes))).toEqual([["Oven down", 20]]);
  });

  it("takes the store's local days as the range, and only that store's orders", async () => {
    const storeId = await makeStore("America/Los_Angeles");
    const now = Date.parse("2026-03-08T23:00:00Z");
    // 23:30 on the 7th in Los Angeles, 07:30 on the 8th in UTC: inside "today" only in UTC.
    const saturdayNight = (await createOrder(orderInput(storeId, { placed_at: "2026-03-08T07:30:00Z" }), SYSTEM_ACTOR)).order;
    await createOrder(orderInput(storeId, { placed_at: "2026-03-08T20:00:00Z" }), SYSTEM_ACTOR);
    await createOrder(orderInput(await makeStore("America/Los_Angeles"), { placed_at: "2026-03-08T20:00:00Z" }), SYSTEM_ACTOR);
    await acceptOrder({ orderId: saturdayNight.id, prepMinutes: 10, actor: SYSTEM_ACTOR });

    const today = await getAnalytics(storeId, { range: "today" }, now);
    expect([today.fromDay, today.toDay, today.totals.orders]).toEqual(["2026-03-08", "2026-03-08", 1]);
    const week = await getAnalytics(storeId, { range: "7d" }, now);
    expect(week.volumes.map((d) => [d.day, d.orders])).toEqual([
      ["2026-03-02", 0],
      ["2026-03-03", 0],
      ["2026-03-04", 0],
      ["2026-03-05", 0],
      ["2026-03-06", 0],
      ["2026-03-07", 1],
      ["2026-03-08", 1],
    ]);
    expect(week.speed.toAccept.count).toBe(1);
  });

  it("opens with six headline figures beside the week before, judged against the store's targets", async () => {
    const storeId = await makeStore("UTC");
    const now = Date.now();
    const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
    const maya = { type: "employee" as const, id: "3", name: "Maya" };
    // Eight days ago (in the week before the last 7 days): three orders. Now: one accepted after about 4 minutes, one cancelled by the store.
    for (const minutes of [1, 2, 3]) await createOrder(orderInput(storeId, { placed_at: ago(8 * 24 * 60 + minutes) }), SYSTEM_ACTOR);
    const slow = (await createOrder(orderInput(storeId, { placed_at: ago(4) }), SYSTEM_ACTOR)).order;
    const dropped = (await createOrder(orderInput(storeId, { placed_at: ago(1) }), SYSTEM_ACTOR)).order;
    await acceptOrder({ orderId: slow.id, prepMinutes: 10, actor: maya });
    await cancelOrder({ orderId: dropped.id, reason: { code: "STORE_CLOSED", message: "" }, actor: maya });

    const week = await getAnalytics(storeId, { range: "7d" });
    const dayBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    expect(week.headline).toMatchObject({
      beforeFrom: dayBefore(week.fromDay, 7),
      beforeTo: dayBefore(week.toDay, 7),
      now: { orders: 2, storeCancels: 1, unansweredOver5Min: 0 },
      before: { orders: 3, storeCancels: 0 },
      within: { orders: false, medianToAcceptMs: false, storeCancels: true },
    });
    // The headline is the figures of the page's own tables.
    expect(week.headline.now.orders).toBe(week.totals.orders);
    expect(week.headline.now.medianToAcceptMs).toBe(week.speed.toAccept.median);
    expect(week.headline.now.medianToAcceptMs).toBeGreaterThanOrEqual(4 * 60_000);

    await setHeadlineTargets(storeId, { maxMedianToAcceptMinutes: 10, maxLateRatePercent: 10, maxUnansweredOver5Min: 0, maxStoreCancels: 0, maxDropPercent: 50 });
    expect((await getAnalytics(storeId, { range: "7d" })).headline.within).toMatchObject({ orders: true, medianToAcceptMs: true, storeCancels: false });
    // A month is held to the month before it.
    const month = await getAnalytics(storeId, { range: "30d" });
    expect([month.headline.beforeFrom, month.headline.beforeTo]).toEqual([dayBefore(month.fromDay, 30), dayBefore(month.toDay, 30)]);
  });

  it("refuses a custom range that is backwards, open or longer than a year", async () => {
    const storeId = await makeStore();
    expect(await rejected(getAnalytics(storeId, { range: "custom", from: "2026-03-08", to: "2026-03-01" }))).toBeInstanceOf(InvalidRequest);
    expect(await rejected(getAnalytics(storeId, { range: "custom", from: "2026-03-08" }))).toBeInstanceOf(InvalidRequest);
    expect(await rejected(getAnalytics(storeId, { range: "custom", from: "2024-01-01", to: "2026-03-01" }))).toBeInstanceOf(InvalidRequest);
  });
});
