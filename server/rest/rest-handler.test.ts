import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as receive } from "@/app/api/webhooks/[platform]/route";
import { freshDelivery } from "@/server/demo/webhook-templates";
import { newSigningSecret, signedHeaders } from "@/server/integrations/signature";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { saveConnection } from "@/server/services/platform-connections";
import { createGroup } from "@/server/services/staff-groups";
import { eventsOf, writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeEmployee, makeToken } from "@/test-support/people";
import { rest } from "@/test-support/rest";

const token = await makeToken(["orders:read", "orders:write"]);
const post = (body: unknown, headers?: Record<string, string>) => rest("POST", "/api/v1/orders", { token, body, headers });
const get = (path: string) => rest("GET", path, { token });

describe("POST /api/v1/orders", () => {
  it("answers 201 with the order, then 200 with the same order when it comes again", async () => {
    const body = JSON.stringify(orderInput(await makeStore(), { placed_at: "2026-11-24T18:00:00-05:00" }));
    const created = await post(body);
    expect(created.status).toBe(201);
    const { order } = await created.json();
    expect(order).toMatchObject({
      status: "incoming",
      version: 1,
      platform: "doordash",
      placed_at: "2026-11-24T23:00:00.000Z",
      money: { subtotal_cents: 2300, total_cents: 2801, currency: "USD" },
      fulfillment: { type: "delivery", courier: null },
    });
    expect(order.items[0].modifiers).toHaveLength(2);

    const before = await writeCounts();
    const repeated = await post(body);
    expect(repeated.status).toBe(200);
    expect((await repeated.json()).order).toEqual(order);
    expect(await writeCounts()).toEqual(before);
  });

  it.each([
    ["malformed JSON", () => post("{not json"), 400, "INVALID_JSON"],
    ["a body that is not an order", () => post({ platform: "doordash" }), 400, "INVALID_INPUT"],
    ["another media type", () => post("platform=doordash", { "content-type": "application/x-www-form-urlencoded" }), 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["an oversize body", () => post({ pad: "x".repeat(300 * 1024) }), 413, "PAYLOAD_TOO_LARGE"],
    ["money that does not add up", async () => post(orderInput(await makeStore(), { money: { subtotal_cents: 2300, total_cents: 1 } })), 422, "INVALID_ORDER"],
    ["an unknown store", () => post(orderInput("no-such-store")), 422, "INVALID_ORDER"],
    ["a number sent as a string", async () => post({ ...orderInput(await makeStore()), items: [{ name: "Burger", quantity: "2", unit_price_cents: 1000 }] }), 400, "INVALID_INPUT"],
  ])("refuses %s with the JSON error shape and writes nothing", async (_, send, status, code) => {
    const before = await writeCounts();
    const response = await send();
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.message).toEqual(expect.any(String));
    expect(await writeCounts()).toEqual(before);
  });

  it("asks who the caller is (401), then whether they may (403), before what they sent (400)", async () => {
    expect((await rest("POST", "/api/v1/orders", { body: {} })).status).toBe(401);
    expect((await rest("POST", "/api/v1/orders", { token: await makeToken(["orders:read"]), body: {} })).status).toBe(403);
    expect((await rest("POST", "/api/v1/orders/1/accept", { token: await makeToken(["orders:read"]), body: { version: "x" } })).status).toBe(403);
    expect((await post({})).status).toBe(400);
  });

  it("lists each invalid field in issues", async () => {
    const response = await post({ ...orderInput(await makeStore()), items: [], platform: "myspace" });
    const { error } = await response.json();
    expect(error.issues.map((issue: { path: string[] }) => issue.path.join("."))).toEqual(["platform", "items"]);
  });

  it("names each answer's request in X-Request-Id and each error body, keeping a load balancer's id when it is a plain token", async () => {
    const refused = await post({});
    const id = refused.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await refused.json()).error.request_id).toBe(id);
    const created = await post(orderInput(await makeStore()), { "x-request-id": "lb-4711" });
    expect(created.headers.get("x-request-id")).toBe("lb-4711");
    const forged = await post({}, { "x-request-id": "two words" });
    expect(forged.headers.get("x-request-id")).not.toContain("two words");
  });

  it("keeps each store's orders apart: a token of one store sending another store's external id learns nothing of that order", async () => {
    const mission = await makeStore();
    const oakPark = await makeStore();
    const missionOrder = orderInput(mission, { customer: { first_name: "Private", last_name: "Person", phone: "+15550000001" } });
    expect((await post(missionOrder)).status).toBe(201);
    const probe = await rest("POST", "/api/v1/orders", { token: await makeToken(["orders:read", "orders:write"], oakPark), body: orderInput(oakPark, { external_id: missionOrder.external_id }) });
    expect(probe.status).toBe(201);
    const { order } = await probe.json();
    expect(order).toMatchObject({ store_id: oakPark, customer: { first_name: "Jane" } });
    expect(JSON.stringify(order)).not.toContain("Private");
  });

  it("never lets a token claim an external id ahead of the platform's own signed delivery, nor take one it brought", async () => {
    const storeId = await makeStore();
    const secret = newSigningSecret();
    await saveConnection({ storeId, platform: "luladirect", enabled: true, endpointUrl: null, signingSecrets: [secret], acceptDeadlineMinutes: 15 }, SYSTEM_ACTOR);
    const signed = (externalId: string) => {
      const body = freshDelivery("luladirect", "order-placed", { orderId: externalId, storeId });
      const headers = { "content-type": "application/json", ...signedHeaders([secret], `msg_${randomUUID()}`, body) };
      return receive(new Request("http://localhost/api/webhooks/luladirect", { method: "POST", body, headers }), { params: Promise.resolve({ platform: "luladirect" }) });
    };
    const asApi = (externalId: string) => orderInput(storeId, { platform: "luladirect", external_id: externalId, customer: { first_name: "Fake", last_name: "Claim" } });

    const claimedFirst = `lula-${randomUUID()}`;
    const claim = await post(asApi(claimedFirst));
    expect(claim.status).toBe(201);
    const receipt = await (await signed(claimedFirst)).json();
    expect(receipt).toMatchObject({ outcome: "applied", duplicate: false });
    expect(receipt.order_id).not.toBe((await claim.json()).order.id);
    expect((await (await get(`/api/v1/orders/${receipt.order_id}`)).json()).order).toMatchObject({ external_id: claimedFirst, customer: { first_name: expect.not.stringMatching("Fake") } });

    const deliveredFirst = `lula-${randomUUID()}`;
    expect((await (await signed(deliveredFirst)).json()).outcome).toBe("applied");
    const before = await writeCounts();
    const taken = await post(asApi(deliveredFirst));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toEqual({ error: { code: "ORDER_EXISTS", message: expect.any(String), request_id: expect.any(String) } });
    expect(await writeCounts()).toEqual(before);
  });
});

describe("reading orders", () => {
  it("GET /api/v1/orders/{id}: the order, 404 for a missing one, 400 for a bad id, 404 for no such route", async () => {
    const created = await (await post(orderInput(await makeStore()))).json();
    const found = await get(`/api/v1/orders/${created.order.id}`);
    expect(found.status).toBe(200);
    expect((await found.json()).order).toEqual(created.order);
    const missing = await get("/api/v1/orders/99999999");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("ORDER_NOT_FOUND");
    expect((await get("/api/v1/orders/abc")).status).toBe(400);
    const nowhere = await get("/api/v1/orders/1/nothing-here");
    expect(nowhere.status).toBe(404);
    expect((await nowhere.json()).error).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("openapi.json") });
  });
});

describe("changing the cart", () => {
  const patchCart = (id: number, body: unknown) => rest("PATCH", `/api/v1/orders/${id}/cart`, { token, body });

  it("applies every change in one request and answers with the recomputed order", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const response = await patchCart(order.id, {
      version: 1,
      reason: { code: "customer_request" },
      changes: [
        { op: "quantity", item_id: order.items[0]!.id, quantity: 1 },
        { op: "add", item: { name: "Fries", quantity: 2, unit_price_cents: 450 } },
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.order).toMatchObject({ version: 2, money: { subtotal_cents: 1150 + 900 } });
    expect(body.order.items.map((i: { name: string; added_at: string | null }) => [i.name, i.added_at !== null])).toEqual([
      ["Burger", false],
      ["Fries", true],
    ]);
  });

  it("refuses the whole request when one part is invalid (422) or the version is stale (409, with the order as it is), writing nothing", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const before = await writeCounts();
    const invalid = await patchCart(order.id, {
      version: 1,
      reason: { code: "out_of_stock" },
      changes: [
        { op: "add", item: { name: "Fries", quantity: 1, unit_price_cents: 450 } },
        { op: "remove", item_id: 999999 },
      ],
    });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.issues).toEqual([{ path: ["changes", 1, "item_id"], message: "Item 999999 is not on this order" }]);
    const stale = await patchCart(order.id, { version: 7, reason: { code: "out_of_stock" }, changes: [{ op: "remove", item_id: order.items[0]!.id }] });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({ code: "VERSION_CONFLICT", current: { id: order.id, version: 1, short_code: order.shortCode } });
    const noReason = await patchCart(order.id, { version: 1, reason: { code: "other" }, changes: [{ op: "remove", item_id: order.items[0]!.id }] });
    expect(noReason.status).toBe(400);
    expect(await writeCounts()).toEqual(before);
  });

  it("edits one line through PATCH …/items/{item_id} and lists lines through GET …/items", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const itemId = order.items[0]!.id;
    const patched = await rest("PATCH", `/api/v1/orders/${order.id}/items/${itemId}`, { token, body: { version: 1, reason: { code: "customer_request" }, special_instructions: "No sauce" } });
    expect(patched.status).toBe(200);
    const listed = await (await get(`/api/v1/orders/${order.id}/items`)).json();
    expect(listed.items[0]).toMatchObject({ id: itemId, special_instructions: "No sauce", removed_at: null });
    expect((await (await get(`/api/v1/orders/${order.id}/items/${itemId}`)).json()).item).toMatchObject({ id: itemId });
    const nothing = await rest("PATCH", `/api/v1/orders/${order.id}/items/${itemId}`, { token, body: { version: 2, reason: { code: "customer_request" } } });
    expect(nothing.status).toBe(400);
    expect((await nothing.json()).error.issues[0].message).toBe("Change quantity, special_instructions or both");
    const missing = await get(`/api/v1/orders/${order.id}/items/777777`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("ITEM_NOT_FOUND");
  });
});

describe("Idempotency-Key", () => {
  const accept = (id: number, body: unknown, key: string) => rest("POST", `/api/v1/orders/${id}/accept`, { token, body, headers: { "idempotency-key": key } });

  it("answers the same request sent again with the first answer, acting once; the same key with another request is 422", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const key = randomUUID();
    const first = await accept(order.id, { version: 1, prep_minutes: 12 }, key);
    expect(first.status).toBe(200);
    const answer = await first.json();
    const retried = await accept(order.id, { prep_minutes: 12, version: 1 }, key);
    expect(retried.status).toBe(200);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(await retried.json()).toEqual(answer);
    expect((await eventsOf(order.id)).filter((event) => event.type === "accepted")).toHaveLength(1);

    const other = await accept(order.id, { version: 1, prep_minutes: 20 }, key);
    expect(other.status).toBe(422);
    expect((await other.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("keeps keys apart per token, and without a key a retry is a new request (refused as stale)", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const key = randomUUID();
    expect((await accept(order.id, { version: 1, prep_minutes: 12 }, key)).status).toBe(200);
    const otherToken = await rest("POST", `/api/v1/orders/${order.id}/accept`, { token: await makeToken(["orders:write"]), body: { version: 1, prep_minutes: 12 }, headers: { "idempotency-key": key } });
    expect(otherToken.status).toBe(409);
    expect((await rest("POST", `/api/v1/orders/${order.id}/accept`, { token, body: { version: 1, prep_minutes: 12 } })).status).toBe(409);
  });

  it("refuses a key that is not 1 to 255 visible characters", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const response = await accept(order.id, { version: 1, prep_minutes: 12 }, "x".repeat(256));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("INVALID_IDEMPOTENCY_KEY");
  });
});

describe("payment and channel", () => {
  const driveThru = async (overrides: Parameters<typeof orderInput>[1] = {}) =>
    orderInput(await makeStore(), { fulfillment: { type: "drive_thru" }, payment: { method: "cash", paid: false, cash_tendered_cents: 3000 }, ...overrides });
  const call = (method: string, path: string, body?: unknown) => rest(method, path, { token, body });

  it("refuses an unpaid order that is not drive-thru with 422 naming payment.paid, and writes nothing", async () => {
    const before = await writeCounts();
    const response = await post(await driveThru({ fulfillment: { type: "pickup" } }));
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("INVALID_ORDER");
    expect(error.message).toContain("Only a drive-thru order may arrive unpaid");
    expect(error.issues.map((issue: { path: string[] }) => issue.path.join("."))).toContain("payment.paid");
    expect(await writeCounts()).toEqual(before);
  });

  it("keeps an unpaid drive-thru order's payment, refuses to complete it until it is marked paid (a logged action), then completes it", async () => {
    const created = await post(await driveThru());
    expect(created.status).toBe(201);
    let { order } = await created.json();
    expect(order.payment).toEqual({ method: "cash", paid: false, cash_tendered_cents: 3000 });
    const step = async (path: string, body: object, status = 200) => {
      const response = await call("POST", `/api/v1/orders/${order.id}${path}`, { version: order.version, ...body });
      expect(response.status, path).toBe(status);
      const answer = await response.json();
      if (status === 200) order = answer.order;
      return answer;
    };
    await step("/accept", { prep_minutes: 5 });
    await step("/status", { status: "bagging" });
    await step("/status", { status: "ready", ready_anyway: true });
    const refused = await step("/status", { status: "completed" }, 409);
    expect(refused.error.message).toBe("Not paid yet: Collect $28.01 · cash · change from $30.00: $1.99, then mark it paid");
    await step("/paid", {});
    expect(order.payment.paid).toBe(true);
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({ type: "paid", data: { summary: "Collected $28.01 · cash" } });
    expect((await step("/paid", {}, 409)).error.message).toBe("This order is paid already");
    await step("/status", { status: "completed" });
    expect(order.status).toBe("completed");
  });

  it("records the channel from the body, else X-App-Channel or its alias X-APP-X; an unknown channel is 422", async () => {
    const storeId = await makeStore();
    const channelOf = async (headers: Record<string, string>, body: object = {}) => {
      const response = await post(orderInput(storeId, body), headers);
      return [response.status, response.status < 300 ? (await response.json()).order.channel : (await response.json()).error.issues[0].path.join(".")];
    };
    expect(await channelOf({})).toEqual([201, "platform_app"]);
    expect(await channelOf({ "X-App-Channel": "kiosk" })).toEqual([201, "kiosk"]);
    expect(await channelOf({ "X-APP-X": "Android" })).toEqual([201, "android"]);
    expect(await channelOf({ "X-App-Channel": "kiosk" }, { channel: "web" })).toEqual([201, "web"]);
    expect(await channelOf({ "X-App-Channel": "carrier-pigeon" })).toEqual([422, "headers.x-app-channel"]);
  });

  it("takes a direct order from the store's own channel only when it names that channel", async () => {
    const storeId = await makeStore();
    const channelOf = async (headers: Record<string, string>, body: object) => {
      const response = await post(orderInput(storeId, { platform: "direct", ...body }), headers);
      const answer = await response.json();
      return [response.status, response.status < 300 ? `${answer.order.platform}/${answer.order.channel}` : answer.error.issues[0].path.join(".")];
    };
    expect(await channelOf({}, {})).toEqual([422, "channel"]);
    expect(await channelOf({}, { channel: "platform_app" })).toEqual([422, "channel"]);
    expect(await channelOf({ "X-App-Channel": "kiosk" }, {})).toEqual([201, "direct/kiosk"]);
    expect(await channelOf({}, { channel: "phone" })).toEqual([201, "direct/phone"]);
  });

  it("filters the list by channel, payment method and paid", async () => {
    const storeId = await makeStore();
    const posted = async (body: unknown) => (await (await post(body)).json()).order as { id: number };
    const kiosk = await posted(orderInput(storeId, { channel: "kiosk" }));
    const unpaid = await posted({ ...(await driveThru()), store_id: storeId, channel: "web" });
    const card = await posted(orderInput(storeId, { payment: { method: "card", paid: true } }));
    const ids = async (query: string) => ((await (await get(`/api/v1/orders?store_id=${storeId}&${query}`)).json()).orders as { id: number }[]).map((o) => o.id).sort();
    expect(await ids("channel=kiosk,web")).toEqual([kiosk.id, unpaid.id].sort());
    expect(await ids("payment_method=cash,card")).toEqual([unpaid.id, card.id].sort());
    expect(await ids("paid=false")).toEqual([unpaid.id]);
    expect((await get(`/api/v1/orders?channel=fax`)).status).toBe(400);
  });
});

describe("assignment over REST", () => {
  it("PATCH assigns a person of the store and a group, filterable; a person of another store is 422 naming assignee_id", async () => {
    const storeId = await makeStore();
    const person = await makeEmployee("staff", [storeId], "Rae Runner");
    const stranger = await makeEmployee("staff", [await makeStore()]);
    const group = await createGroup(storeId, "Drivers");
    const { order } = await (await post(orderInput(storeId))).json();
    const patch = (body: object) => rest("PATCH", `/api/v1/orders/${order.id}`, { token, body: { version: order.version, ...body } });

    const refused = await patch({ assignee_id: stranger.id });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.issues.map((issue: { path: string[] }) => issue.path.join("."))).toEqual(["assignee_id"]);

    const assigned = await patch({ assignee_id: person.id, group_id: group.id });
    expect(assigned.status).toBe(200);
    expect((await assigned.json()).order).toMatchObject({ assignee_id: person.id, group_id: group.id, assigned_at: expect.any(String) });
    const listed = await (await get(`/api/v1/orders?store_id=${storeId}&assignee_id=${person.id}&group=${group.id}`)).json();
    expect(listed.orders.map((o: { id: number }) => o.id)).toEqual([order.id]);
  });
});
