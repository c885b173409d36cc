import { describe, expect, it } from "vitest";
import { writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeToken } from "@/test-support/people";
import { GET } from "./[id]/route";
import { POST } from "./route";

const bearer = { authorization: `Bearer ${makeToken(["orders:read", "orders:write"])}` };
const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  POST(new Request("http://localhost/api/v1/orders", { method: "POST", body, headers: { ...bearer, ...headers } }));
const get = (id: string) => GET(new Request(`http://localhost/api/v1/orders/${id}`, { headers: bearer }), { params: Promise.resolve({ id }) });

describe("POST /api/v1/orders", () => {
  it("answers 201 with the order, then 200 with the same order when it comes again", async () => {
    const body = JSON.stringify(orderInput(makeStore(), { placed_at: "2026-11-24T18:00:00-05:00" }));
    const created = await post(body);
    expect(created.status).toBe(201);
    const { order } = await created.json();
    expect(order).toMatchObject({
      status: "incoming",
      version: 1,
      platform: "doordash",
      placed_at: "2026-11-24T23:00:00.000Z",
      money: { subtotal_cents: 2300, total_cents: 2801, currency: "USD" },
      fulfillment: { type: "delivery" },
    });
    expect(order.items[0].modifiers).toHaveLength(2);

    const before = writeCounts();
    const repeated = await post(body);
    expect(repeated.status).toBe(200);
    expect((await repeated.json()).order).toEqual(order);
    expect(writeCounts()).toEqual(before);
  });

  it.each([
    ["malformed JSON", () => post("{not json"), 400, "INVALID_JSON"],
    ["a body that is not an order", () => post(JSON.stringify({ platform: "doordash" })), 400, "INVALID_INPUT"],
    ["another media type", () => post("platform=doordash", { "content-type": "application/x-www-form-urlencoded" }), 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["an oversize body", () => post(JSON.stringify({ pad: "x".repeat(300 * 1024) })), 413, "PAYLOAD_TOO_LARGE"],
    [
      "money that does not add up",
      () => post(JSON.stringify(orderInput(makeStore(), { money: { subtotal_cents: 2300, total_cents: 1 } }))),
      422,
      "INVALID_ORDER",
    ],
    ["an unknown store", () => post(JSON.stringify(orderInput("no-such-store"))), 422, "INVALID_ORDER"],
  ])("refuses %s with the JSON error shape and writes nothing", async (_, send, status, code) => {
    const before = writeCounts();
    const response = await send();
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.message).toEqual(expect.any(String));
    expect(writeCounts()).toEqual(before);
  });

  it("lists each invalid field in issues", async () => {
    const response = await post(JSON.stringify({ ...orderInput(makeStore()), items: [], platform: "myspace" }));
    const { error } = await response.json();
    expect(error.issues.map((issue: { path: string[] }) => issue.path.join("."))).toEqual(["platform", "items"]);
  });
});

describe("GET /api/v1/orders/:id", () => {
  it("returns a stored order, 404 for a missing one and 400 for a bad id", async () => {
    const created = await (await post(JSON.stringify(orderInput(makeStore())))).json();
    const found = await get(String(created.order.id));
    expect(found.status).toBe(200);
    expect((await found.json()).order.id).toBe(created.order.id);
    const missing = await get("99999999");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("ORDER_NOT_FOUND");
    expect((await get("abc")).status).toBe(400);
  });
});
