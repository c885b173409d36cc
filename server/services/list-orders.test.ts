import { describe, expect, it } from "vitest";
import { makeStore, orderInput } from "@/test-support/orders";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { cancelOrder } from "./close-order";
import { countOrders } from "./count-orders";
import { createOrder } from "./create-order";
import { listOrders, ZListOrders } from "./list-orders";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString();

function seedStore() {
  const storeId = makeStore();
  const make = (minute: number, overrides: Parameters<typeof orderInput>[1] = {}) =>
    createOrder(orderInput(storeId, { placed_at: at(minute), ...overrides }), SYSTEM_ACTOR).order;
  const a = make(1, { platform: "grubhub", customer: { first_name: "Priya", last_name: "Patel" } });
  const b = make(2, { fulfillment: { type: "pickup" }, short_code: "ZX100" });
  const c = make(3, {
    items: [{ name: "Veggie_Bowl 100%", quantity: 1, unit_price_cents: 2300 }],
  });
  const d = make(3);
  acceptOrder({ orderId: b.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
  cancelOrder({ orderId: c.id, reason: { code: "CUSTOMER_REQUEST", message: "" }, actor: SYSTEM_ACTOR });
  return { storeId, a, b, c, d };
}

const list = (input: Parameters<typeof ZListOrders.parse>[0]) => listOrders(ZListOrders.parse(input), null);

describe("listing orders", () => {
  it("lists newest first, ties broken by id, across keyset pages without gaps or repeats", () => {
    const { storeId, a, b, c, d } = seedStore();
    const first = list({ store_id: storeId, limit: 3 });
    expect(first.orders.map((o) => o.id)).toEqual([d.id, c.id, b.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = list({ store_id: storeId, limit: 3, cursor: first.nextCursor! });
    expect(second.orders.map((o) => o.id)).toEqual([a.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by status, platform, fulfillment and placed time", () => {
    const { storeId, a, b, c, d } = seedStore();
    const ids = (input: object) => list({ store_id: storeId, ...input }).orders.map((o) => o.id);
    expect(ids({ status: ["accepted", "cancelled"] })).toEqual([c.id, b.id]);
    expect(ids({ platform: ["grubhub"] })).toEqual([a.id]);
    expect(ids({ fulfillment: ["pickup"] })).toEqual([b.id]);
    expect(ids({ placed_from: at(2), placed_to: at(3) })).toEqual([b.id]);
    expect(ids({ placed_from: at(3) })).toEqual([d.id, c.id]);
  });

  it("searches code, customer and item names, treating % and _ literally", () => {
    const { storeId, a, b, c } = seedStore();
    const ids = (q: string) => list({ store_id: storeId, q }).orders.map((o) => o.id);
    expect(ids("zx1")).toEqual([b.id]);
    expect(ids("patel")).toEqual([a.id]);
    expect(ids("bowl 100%")).toEqual([c.id]);
    expect(ids("_")).toEqual([c.id]);
    expect(ids("nothing like this")).toEqual([]);
  });

  it("only lists the asked store", () => {
    const { a } = seedStore();
    const other = seedStore();
    expect(list({ store_id: other.storeId }).orders.map((o) => o.id)).not.toContain(a.id);
  });

  it("refuses a cursor it did not make", () => {
    expect(ZListOrders.safeParse({ cursor: "1; drop table orders" }).success).toBe(false);
  });
});

describe("counting orders", () => {
  it("counts by status with active and finished totals, over a time range", () => {
    const { storeId } = seedStore();
    const counts = countOrders({ store_id: storeId }, null);
    expect(counts.byStatus).toMatchObject({ incoming: 2, accepted: 1, cancelled: 1, completed: 0 });
    expect(counts).toMatchObject({ active: 3, finished: 1, total: 4 });
    expect(countOrders({ store_id: storeId, placed_from: at(3) }, null)).toMatchObject({ active: 1, finished: 1, total: 2 });
  });
});

describe("history sorting and the has-issue filter", () => {
  it("sorts by total either way, paging without gaps, and filters orders with or without issues", async () => {
    const { reportIssue } = await import("./report-issue");
    const storeId = makeStore();
    const totals = [2801, 2801, 1000, 5000];
    const made = totals.map((total, i) =>
      createOrder(
        orderInput(storeId, {
          placed_at: at(i),
          items: [{ name: "Thing", quantity: 1, unit_price_cents: total }],
          money: { subtotal_cents: total, total_cents: total },
        }),
        SYSTEM_ACTOR,
      ).order,
    );
    const byTotal = (dir: "asc" | "desc") => {
      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = listOrders(ZListOrders.parse({ store_id: storeId, sort: "total", dir, limit: 1, cursor }), null);
        ids.push(...page.orders.map((o) => o.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    const [a, b, c, d] = made.map((o) => o.id);
    expect(byTotal("asc")).toEqual([c, a, b, d]);
    expect(byTotal("desc")).toEqual([d, b, a, c]);

    reportIssue({ orderId: b!, issue: { type: "wrong_items", description: "x", affected_items: [], refund_cents: null }, actor: SYSTEM_ACTOR });
    expect(list({ store_id: storeId, has_issue: true }).orders.map((o) => o.id)).toEqual([b]);
    expect(list({ store_id: storeId, has_issue: false }).orders.map((o) => o.id)).toEqual([d, c, a]);
  });
});
