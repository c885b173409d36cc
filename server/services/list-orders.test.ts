import { describe, expect, it } from "vitest";
import type { OrderView } from "@/server/services/order-views";
import { makeStore, orderInput } from "@/test-support/orders";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { cancelOrder } from "./close-order";
import { countOrders, totalOrders } from "./count-orders";
import { createOrder } from "./create-order";
import { listOrders, ZListOrders } from "./list-orders";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString();

async function seedStore() {
  const storeId = await makeStore();
  const make = async (minute: number, overrides: Parameters<typeof orderInput>[1] = {}) =>
    (await createOrder(orderInput(storeId, { placed_at: at(minute), ...overrides }), SYSTEM_ACTOR)).order;
  const a = await make(1, { platform: "grubhub", customer: { first_name: "Priya", last_name: "Patel" } });
  const b = await make(2, { fulfillment: { type: "pickup" }, short_code: "ZX100" });
  const c = await make(3, {
    items: [{ name: "Veggie_Bowl 100%", quantity: 1, unit_price_cents: 2300 }],
  });
  const d = await make(3);
  await acceptOrder({ orderId: b.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
  await cancelOrder({ orderId: c.id, reason: { code: "CUSTOMER_REQUEST", message: "" }, actor: SYSTEM_ACTOR });
  return { storeId, a, b, c, d };
}

const list = async (input: Parameters<typeof ZListOrders.parse>[0]) => await listOrders(ZListOrders.parse(input), null);

describe("listing orders", () => {
  it("lists newest first, ties broken by id, across keyset pages without gaps or repeats", async () => {
    const { storeId, a, b, c, d } = await seedStore();
    const first = await list({ store_id: storeId, limit: 3 });
    expect(first.orders.map((o) => o.id)).toEqual([d.id, c.id, b.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = await list({ store_id: storeId, limit: 3, cursor: first.nextCursor! });
    expect(second.orders.map((o) => o.id)).toEqual([a.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by status, platform, fulfillment and placed time", async () => {
    const { storeId, a, b, c, d } = await seedStore();
    const ids = async (input: object) => (await list({ store_id: storeId, ...input })).orders.map((o) => o.id);
    expect(await ids({ status: ["accepted", "cancelled"] })).toEqual([c.id, b.id]);
    expect(await ids({ platform: ["grubhub"] })).toEqual([a.id]);
    expect(await ids({ fulfillment: ["pickup"] })).toEqual([b.id]);
    expect(await ids({ placed_from: at(2), placed_to: at(3) })).toEqual([b.id]);
    expect(await ids({ placed_from: at(3) })).toEqual([d.id, c.id]);
  });

  it("searches code, customer and item names, treating % and _ literally", async () => {
    const { storeId, a, b, c } = await seedStore();
    const ids = async (q: string) => (await list({ store_id: storeId, q })).orders.map((o) => o.id);
    expect(await ids("zx1")).toEqual([b.id]);
    expect(await ids("patel")).toEqual([a.id]);
    expect(await ids("bowl 100%")).toEqual([c.id]);
    expect(await ids("_")).toEqual([c.id]);
    expect(await ids("nothing like this")).toEqual([]);
  });

  it("only lists the asked store", async () => {
    const { a } = await seedStore();
    const other = await seedStore();
    expect((await list({ store_id: other.storeId })).orders.map((o) => o.id)).not.toContain(a.id);
  });

  it("refuses a cursor it did not make", async () => {
    expect(ZListOrders.safeParse({ cursor: "1; drop table orders" }).success).toBe(false);
  });
});

describe("counting orders", () => {
  it("counts by status with active and finished totals, over a time range", async () => {
    const { storeId } = await seedStore();
    const counts = await countOrders({ store_id: storeId }, null);
    expect(counts.byStatus).toMatchObject({ incoming: 2, accepted: 1, cancelled: 1, completed: 0 });
    expect(counts).toMatchObject({ active: 3, finished: 1, total: 4 });
    expect(await countOrders({ store_id: storeId, placed_from: at(3) }, null)).toMatchObject({ active: 1, finished: 1, total: 2 });
  });
});

describe("history sorting and the has-issue filter", () => {
  it("sorts by total either way, paging without gaps, and filters orders with or without issues", async () => {
    const { reportIssue } = await import("./report-issue");
    const storeId = await makeStore();
    const totals = [2801, 2801, 1000, 5000];
    const made: OrderView[] = [];
    for (const [i, total] of totals.entries()) {
      const input = orderInput(storeId, {
        placed_at: at(i),
        items: [{ name: "Thing", quantity: 1, unit_price_cents: total }],
        money: { subtotal_cents: total, total_cents: total },
      });
      made.push((await createOrder(input, SYSTEM_ACTOR)).order);
    }
    const byTotal = async (dir: "asc" | "desc") => {
      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listOrders(ZListOrders.parse({ store_id: storeId, sort: "total", dir, limit: 1, cursor }), null);
        ids.push(...page.orders.map((o) => o.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    const [a, b, c, d] = made.map((o) => o.id);
    expect(await byTotal("asc")).toEqual([c, a, b, d]);
    expect(await byTotal("desc")).toEqual([d, b, a, c]);

    await reportIssue({ orderId: b!, issue: { type: "wrong_items", description: "x", affected_items: [], refund_cents: null }, actor: SYSTEM_ACTOR });
    expect((await list({ store_id: storeId, has_issue: true })).orders.map((o) => o.id)).toEqual([b]);
    expect((await list({ store_id: storeId, has_issue: false })).orders.map((o) => o.id)).toEqual([d, c, a]);
  });
});

describe("totals of the filtered set", () => {
  it("counts the orders the list shows, statuses included, and sums their totals per currency in cents", async () => {
    const storeId = await makeStore();
    const make = async (total: number, currency = "USD") =>
      (await createOrder(orderInput(storeId, { items: [{ name: "Thing", quantity: 1, unit_price_cents: total }], money: { subtotal_cents: total, total_cents: total, currency } }), SYSTEM_ACTOR)).order;
    const first = await make(1250);
    await make(999);
    await make(700, "CAD");
    await acceptOrder({ orderId: first.id, prepMinutes: 10, actor: SYSTEM_ACTOR });

    expect(await totalOrders({ store_id: storeId }, null)).toEqual({
      count: 3,
      totals: [
        { currency: "CAD", total_cents: 700 },
        { currency: "USD", total_cents: 2249 },
      ],
    });
    expect(await totalOrders({ store_id: storeId, status: ["accepted"] }, null)).toEqual({ count: 1, totals: [{ currency: "USD", total_cents: 1250 }] });
    expect(await totalOrders({ store_id: storeId, status: ["completed"] }, null)).toEqual({ count: 0, totals: [] });
    expect(await totalOrders({ store_id: storeId }, ["another-store"])).toEqual({ count: 0, totals: [] });
  });
});
