import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser } from "@playwright/test";
import { REASON_CODES } from "@/server/domain/reason-codes";
import { API_AUTH, card, column, expect, openBoard, PEOPLE, signIn, test, type ApiOrder } from "./fixtures";

// The whole order lifecycle as an integrator drives it: real HTTP against the production server.

/** A token an admin makes on the tokens page (through its procedure), with the abilities given. */
async function adminToken(browser: Browser, abilities: string[], storeId: string | null = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, PEOPLE.ada);
  const response = await page.request.post("/api/trpc/tokens.create", { data: { name: `e2e ${randomUUID().slice(0, 8)}`, abilities, storeId } });
  expect(response.ok(), await response.text()).toBe(true);
  const secret = (await response.json()).result.data.secret as string;
  await context.close();
  return { authorization: `Bearer ${secret}` };
}

type Order = ApiOrder & Record<string, unknown>;

/** One REST call; answers the status and the JSON body. */
async function call(request: APIRequestContext, method: string, path: string, data?: unknown, headers: Record<string, string> = API_AUTH) {
  const response = await request.fetch(`/api/v1${path}`, { method, data, headers });
  return { status: response.status(), body: await response.json() };
}

async function move(request: APIRequestContext, order: { id: number }, action: string, data: Record<string, unknown> = {}) {
  const { status, body } = await call(request, "POST", `/orders/${order.id}/${action}`, data);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.order as Order;
}

test("an order goes from sent to completed over REST: accept, bag, ready, recall, prep time, courier, picked up, completed", async ({ postOrder, request }) => {
  let order: Order = await postOrder({ fulfillment: "delivery" });
  expect(order).toMatchObject({ status: "incoming", version: 1 });

  order = await move(request, order, "acknowledge");
  order = await move(request, order, "accept", { version: order.version, prep_minutes: 15 });
  expect(order).toMatchObject({ status: "accepted", prep_minutes: 15 });
  order = await move(request, order, "prep-time", { version: order.version, prep_minutes: 25 });
  expect(order.prep_minutes).toBe(25);
  order = await move(request, order, "status", { version: order.version, status: "bagging" });

  const unticked = await call(request, "POST", `/orders/${order.id}/status`, { version: order.version, status: "ready" });
  expect(unticked.status).toBe(409);
  expect(unticked.body.error).toMatchObject({ code: "TRANSITION_REFUSED", current: { id: order.id, status: "bagging" } });
  order = await move(request, order, "status", { version: order.version, status: "ready", ready_anyway: true });
  expect(order.status).toBe("ready");
  order = await move(request, order, "recall", { version: order.version });
  expect(order.status).toBe("bagging");
  order = await move(request, order, "status", { version: order.version, status: "ready", ready_anyway: true });

  order = await move(request, order, "delivery-status", { status: "arrived_at_store", courier: { name: "Kim", phone: "+15550001111" } });
  expect(order.fulfillment).toMatchObject({ courier_status: "arrived_at_store", courier: { name: "Kim", phone: "+15550001111" } });
  const repeated = await move(request, order, "delivery-status", { status: "arriving_at_store" });
  expect(repeated.version).toBe(order.version);
  order = await move(request, order, "status", { version: order.version, status: "picked_up" });
  order = await move(request, order, "status", { version: order.version, status: "completed" });
  expect(order).toMatchObject({ status: "completed", finished_at: expect.any(String) });

  const late = await call(request, "PATCH", `/orders/${order.id}`, { version: order.version, special_instructions: "Too late" });
  expect(late.status).toBe(409);
});

test("deny, and cancel with each reason code, over REST", async ({ postOrder, request }) => {
  const denied = await postOrder();
  expect(await move(request, denied, "deny", { version: 1, reason: { code: "STORE_CLOSED" } })).toMatchObject({ status: "denied", reason: { code: "STORE_CLOSED" } });
  for (const code of REASON_CODES) {
    const order = await postOrder();
    const reason = code === "OTHER" ? { code, message: "The customer called the store" } : { code };
    expect(await move(request, order, "cancel", { reason })).toMatchObject({ status: "cancelled", reason: { code } });
  }
  const bare = await call(request, "POST", `/orders/${(await postOrder()).id}/cancel`, { reason: { code: "OTHER" } });
  expect(bare.status).toBe(400);
});

test("PATCH changes only what is sent, and each refusal has its status", async ({ browser, postOrder, request }) => {
  const order = await postOrder({ body: { customer: { first_name: "Lee", last_name: "Park", phone: "+15551110000" } } });
  const patched = await call(request, "PATCH", `/orders/${order.id}`, { version: 1, customer: { email: "lee@example.com" } });
  expect(patched.status).toBe(200);
  expect(patched.body.order).toMatchObject({ version: 2, customer: { first_name: "Lee", last_name: "Park", phone: "+15551110000", email: "lee@example.com" } });

  const stale = await call(request, "POST", `/orders/${order.id}/accept`, { version: 1, prep_minutes: 10 });
  expect(stale.status).toBe(409);
  expect(stale.body.error).toMatchObject({ code: "VERSION_CONFLICT", current: { id: order.id, version: 2 } });
  const illegal = await call(request, "POST", `/orders/${order.id}/status`, { version: 2, status: "completed" });
  expect(illegal.status).toBe(409);
  expect(illegal.body.error.code).toBe("TRANSITION_REFUSED");
  const noAbility = await call(request, "DELETE", `/orders/${order.id}`);
  expect(noAbility.status).toBe(403);
  const elsewhere = await adminToken(browser, ["orders:read", "orders:write"], "oak-park");
  const otherStore = await call(request, "POST", `/orders/${order.id}/accept`, { version: 2, prep_minutes: 10 }, elsewhere);
  expect(otherStore.status).toBe(403);
  const noToken = await call(request, "POST", `/orders/${order.id}/accept`, { version: 2, prep_minutes: 10 }, {});
  expect(noToken.status).toBe(401);
});

test("an accept retried with its Idempotency-Key is answered again, not done twice", async ({ postOrder, request }) => {
  const order = await postOrder();
  const headers = { ...API_AUTH, "idempotency-key": randomUUID() };
  const first = await call(request, "POST", `/orders/${order.id}/accept`, { version: 1, prep_minutes: 10 }, headers);
  const again = await call(request, "POST", `/orders/${order.id}/accept`, { version: 1, prep_minutes: 10 }, headers);
  expect([first.status, again.status]).toEqual([200, 200]);
  expect(again.body).toEqual(first.body);
  expect((await call(request, "GET", `/orders/${order.id}`)).body.order.version).toBe(2);
});

test("DELETE removes an order for good, keeping what it was for an admin", async ({ browser, postOrder, request }) => {
  const admin = await adminToken(browser, ["orders:read", "orders:delete"]);
  const order = await postOrder();
  const deleted = await call(request, "DELETE", `/orders/${order.id}`, undefined, admin);
  expect(deleted).toEqual({ status: 200, body: { id: order.id, object: "order", deleted: true } });
  expect((await call(request, "GET", `/orders/${order.id}`)).status).toBe(404);
  expect((await call(request, "DELETE", `/orders/${order.id}`, undefined, admin)).status).toBe(404);
  const listed = await call(request, "GET", `/orders?q=${order.short_code}`);
  expect(listed.body.orders.map((o: Order) => o.id)).not.toContain(order.id);
  const audit = await call(request, "GET", `/orders/${order.id}/deletion`, undefined, admin);
  expect(audit.body.deletion).toMatchObject({ order: { id: order.id, short_code: order.short_code }, deleted_by: { type: "api" }, deleted_at: expect.any(String) });
});

test("an order accepted over REST moves to Accepted on an open board, and one deleted over REST leaves it, without a reload", async ({ browser, page, postOrder, request }) => {
  await openBoard(page);
  const accepted = await postOrder();
  const deleted = await postOrder();
  await expect(card(column(page, "Incoming"), accepted)).toBeVisible();
  await expect(card(column(page, "Incoming"), deleted)).toBeVisible();

  await move(request, accepted, "accept", { version: 1, prep_minutes: 20 });
  await expect(card(column(page, "Accepted"), accepted)).toBeVisible();
  await expect(card(column(page, "Incoming"), accepted)).toHaveCount(0);

  const admin = await adminToken(browser, ["orders:delete"]);
  expect((await call(request, "DELETE", `/orders/${deleted.id}`, undefined, admin)).status).toBe(200);
  await expect(card(page, deleted)).toHaveCount(0);
  await expect(card(column(page, "Accepted"), accepted)).toBeVisible();
});
