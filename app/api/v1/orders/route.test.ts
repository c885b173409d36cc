import { describe, expect, it } from "vitest";
import { writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeToken } from "@/test-support/people";
import { randomUUID } from "node:crypto";
import { POST as receive } from "@/app/api/webhooks/[platform]/route";
import { freshDelivery } from "@/server/demo/webhook-templates";
import { newSigningSecret, signedHeaders } from "@/server/integrations/signature";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { saveConnection } from "@/server/services/platform-connections";
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

  it("keeps each store's orders apart: a token of one store sending another store's external id learns nothing of that order", async () => {
    const mission = makeStore();
    const oakPark = makeStore();
    const missionOrder = orderInput(mission, { customer: { first_name: "Private", last_name: "Person", phone: "+15550000001" } });
    expect((await post(JSON.stringify(missionOrder))).status).toBe(201);

    const oakParkToken = { authorization: `Bearer ${makeToken(["orders:read", "orders:write"], oakPark)}` };
    const probe = await POST(
      new Request("http://localhost/api/v1/orders", {
        method: "POST",
        headers: { "content-type": "application/json", ...oakParkToken },
        body: JSON.stringify(orderInput(oakPark, { external_id: missionOrder.external_id })),
      }),
    );
    expect(probe.status).toBe(201);
    const { order } = await probe.json();
    expect(order).toMatchObject({ store_id: oakPark, customer: { first_name: "Jane" } });
    expect(JSON.stringify(order)).not.toContain("Private");
  });

  it("never lets a token claim an external id ahead of the platform's own signed delivery, nor take one it brought", async () => {
    const storeId = makeStore();
    const secret = newSigningSecret();
    saveConnection({ storeId, platform: "luladirect", enabled: true, endpointUrl: null, signingSecrets: [secret], acceptDeadlineMinutes: 15 }, SYSTEM_ACTOR);
    const signed = (externalId: string) => {
      const body = freshDelivery("luladirect", "order-placed", { orderId: externalId, storeId });
      const headers = { "content-type": "application/json", ...signedHeaders([secret], `msg_${randomUUID()}`, body) };
      return receive(new Request("http://localhost/api/webhooks/luladirect", { method: "POST", body, headers }), { params: Promise.resolve({ platform: "luladirect" }) });
    };
    const asApi = (externalId: string) => JSON.stringify(orderInput(storeId, { platform: "luladirect", external_id: externalId, customer: { first_name: "Fake", last_name: "Claim" } }));

    const claimedFirst = `lula-${randomUUID()}`;
    const claim = await post(asApi(claimedFirst));
    expect(claim.status).toBe(201);
    const receipt = await (await signed(claimedFirst)).json();
    expect(receipt).toMatchObject({ outcome: "applied", duplicate: false });
    expect(receipt.order_id).not.toBe((await claim.json()).order.id);
    expect((await (await get(String(receipt.order_id))).json()).order).toMatchObject({ external_id: claimedFirst, customer: { first_name: expect.not.stringMatching("Fake") } });

    const deliveredFirst = `lula-${randomUUID()}`;
    expect((await (await signed(deliveredFirst)).json()).outcome).toBe("applied");
    const before = writeCounts();
    const taken = await post(asApi(deliveredFirst));
    expect(taken.status).toBe(409);
    const refusal = await taken.json();
    expect(refusal).toEqual({ error: { code: "ORDER_EXISTS", message: expect.any(String) } });
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
