import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchCartRoute } from "@/app/api/v1/orders/[id]/cart/route";
import { GET as getItemRoute, PATCH as patchItemRoute } from "@/app/api/v1/orders/[id]/items/[itemId]/route";
import { GET as getItemsRoute } from "@/app/api/v1/orders/[id]/items/route";
import { GET as getOrderRoute } from "@/app/api/v1/orders/[id]/route";
import { POST as postOrderRoute } from "@/app/api/v1/orders/route";
import { GET as getStoresRoute } from "@/app/api/v1/stores/route";
import { GET as listOrdersRoute } from "@/app/api/v1/orders/route";
import { GET as countOrdersRoute } from "@/app/api/v1/orders/count/route";
import { GET as historyRoute } from "@/app/api/v1/orders/history/route";
import { GET as storeOrdersRoute } from "@/app/api/v1/stores/[id]/orders/route";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createApiToken } from "@/server/services/api-tokens";
import { createOrder } from "@/server/services/create-order";
import { reportIssue } from "@/server/services/report-issue";
import { ZNewIssue } from "@/server/domain/order-issue";
import { GET as listIssuesRoute } from "@/app/api/v1/issues/route";
import { GET as getIssueRoute, PATCH as patchIssueRoute } from "@/app/api/v1/issues/[id]/route";
import { POST as reportIssueRoute } from "@/app/api/v1/orders/[id]/issues/route";
import { startSession } from "@/server/services/sessions";
import { makeStore, orderInput } from "@/test-support/orders";
import { callerWith, makeEmployee, makeToken } from "@/test-support/people";
import { ABILITIES } from "@/server/domain/access";
import { getDb } from "@/db/client";
import { quarantinedDeliveries } from "@/db/schema";
import { newSigningSecret } from "@/server/integrations/signature";
import { acceptOrder } from "@/server/services/accept-order";
import { notificationsOf } from "@/server/services/outbox";
import { saveConnection } from "@/server/services/platform-connections";
import { appRouter } from "./root";

/**
 * Who may call what. Every procedure of the router must be listed here: one added without an
 * entry (and so without a decided guard) fails the first test.
 */
type Level = "public" | "signed-in" | "staff" | "manager" | "admin";
const WHO = ["anonymous", "staff of the store", "staff of another store", "manager", "admin", "token with the ability", "token without it"] as const;
type Who = (typeof WHO)[number];
type Outcome = "allowed" | "unauthorized" | "forbidden";

function expected(level: Level, who: Who): Outcome {
  if (level === "public") return "allowed";
  if (who === "anonymous" || who.startsWith("token")) return "unauthorized";
  if (level === "signed-in" || who === "admin") return "allowed";
  if (level === "staff") return who === "staff of another store" ? "forbidden" : "allowed";
  if (level === "manager") return who === "manager" ? "allowed" : "forbidden";
  return "forbidden";
}

const storeA = makeStore();
const storeB = makeStore();
const people = {} as Record<"staffA" | "staffB" | "managerA" | "admin" | "target", { id: number }>;
let orderId = 0;
let itemId = 0;
let issueId = 0;
let revocable = 0;
let notificationId = 0;
let quarantineId = 0;
const tokens = { with: "", without: "" };

beforeAll(async () => {
  people.staffA = await makeEmployee("staff", [storeA]);
  people.staffB = await makeEmployee("staff", [storeB]);
  people.managerA = await makeEmployee("manager", [storeA]);
  people.admin = await makeEmployee("admin", []);
  people.target = await makeEmployee("staff", [storeA]);
  const { order } = createOrder(orderInput(storeA), SYSTEM_ACTOR);
  orderId = order.id;
  itemId = order.items[0]!.id;
  issueId = reportIssue({ orderId, issue: ZNewIssue.parse({ type: "wrong_items", description: "Wrong shake" }), actor: SYSTEM_ACTOR }).issue!.id;
  revocable = createApiToken({ name: "to revoke", abilities: ["orders:read"], storeId: null, createdBy: "test" }).token.id;
  saveConnection(
    { storeId: storeA, platform: "doordash", enabled: true, endpointUrl: "http://127.0.0.1:9/doordash", signingSecrets: [newSigningSecret()], acceptDeadlineMinutes: 8 },
    SYSTEM_ACTOR,
  );
  const { order: notified } = createOrder(orderInput(storeA), SYSTEM_ACTOR);
  acceptOrder({ orderId: notified.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
  notificationId = notificationsOf(notified.id)[0]!.id;
  quarantineId = getDb()
    .insert(quarantinedDeliveries)
    .values({ platform: "doordash", webhookId: "msg_matrix", storeId: storeA, reason: "test", body: "{}", receivedAt: Date.now() })
    .returning()
    .get().id;
  tokens.with = makeToken(["orders:read", "orders:write", "issues:read", "issues:write"]);
  tokens.without = makeToken([]);
});

type Caller = ReturnType<typeof callerWith>["caller"];
// A stale version makes every order change stop at CONFLICT once past the guard, so the matrix changes nothing.
const stale = { version: 999 };
const PROCEDURES: Record<string, { level: Level; call: (caller: Caller) => Promise<unknown> }> = {
  "analytics.get": { level: "manager", call: (c) => c.analytics.get({ storeId: storeA, range: "30d" }) },
  "auth.stores": { level: "public", call: (c) => c.auth.stores() },
  "auth.people": { level: "public", call: (c) => c.auth.people({ storeId: storeA }) },
  "auth.session": { level: "public", call: (c) => c.auth.session() },
  "auth.signIn": { level: "public", call: (c) => c.auth.signIn({ storeId: storeA, employeeId: people.target.id, pin: "1234" }) },
  "auth.signOut": { level: "public", call: (c) => c.auth.signOut() },
  "stores.list": { level: "signed-in", call: (c) => c.stores.list() },
  "stores.byId": { level: "staff", call: (c) => c.stores.byId({ storeId: storeA }) },
  "stores.update": { level: "manager", call: (c) => c.stores.update({ storeId: storeA, name: `Store ${storeA}`, timezone: "America/New_York" }) },
  "orders.board": { level: "staff", call: (c) => c.orders.board({ storeId: storeA }) },
  "orders.incoming": { level: "staff", call: (c) => c.orders.incoming({ storeId: storeA }) },
  "orders.byId": { level: "staff", call: (c) => c.orders.byId({ id: orderId }) },
  "orders.create": { level: "staff", call: (c) => c.orders.create(orderInput(storeA)) },
  "orders.accept": { level: "staff", call: (c) => c.orders.accept({ id: orderId, ...stale, prepMinutes: 10 }) },
  "orders.deny": { level: "staff", call: (c) => c.orders.deny({ id: orderId, ...stale, reason: { code: "KITCHEN_BUSY" } }) },
  "orders.cancel": { level: "staff", call: (c) => c.orders.cancel({ id: orderId, ...stale, reason: { code: "KITCHEN_BUSY" } }) },
  "orders.advance": { level: "staff", call: (c) => c.orders.advance({ id: orderId, ...stale, to: "ready" }) },
  "orders.recall": { level: "staff", call: (c) => c.orders.recall({ id: orderId, ...stale }) },
  "orders.acknowledge": { level: "staff", call: (c) => c.orders.acknowledge({ id: orderId }) },
  "orders.changeCart": {
    level: "staff",
    call: (c) => c.orders.changeCart({ id: orderId, ...stale, changes: [{ op: "remove", item_id: 1 }], reason: { code: "out_of_stock" } }),
  },
  "orders.acknowledgeChanges": { level: "staff", call: (c) => c.orders.acknowledgeChanges({ id: orderId }) },
  "orders.setPrepTime": { level: "staff", call: (c) => c.orders.setPrepTime({ id: orderId, ...stale, prepMinutes: 20 }) },
  "orders.setPacked": { level: "staff", call: (c) => c.orders.setPacked({ id: orderId, itemId: 1, packed: true }) },
  "orders.list": { level: "manager", call: (c) => c.orders.list({ storeId: storeA }) },
  "orders.counts": { level: "manager", call: (c) => c.orders.counts({ storeId: storeA }) },
  "employees.list": { level: "manager", call: (c) => c.employees.list({ storeId: storeA }) },
  "employees.create": { level: "manager", call: (c) => c.employees.create({ name: "New hire", role: "staff", storeIds: [storeA], pin: "4321" }) },
  "employees.setActive": { level: "manager", call: (c) => c.employees.setActive({ id: people.target.id, active: true }) },
  "employees.resetPin": { level: "manager", call: (c) => c.employees.resetPin({ id: people.target.id, pin: "1234" }) },
  "issues.report": { level: "staff", call: (c) => c.issues.report({ id: orderId, type: "missing_items", description: "No fries" }) },
  "issues.list": { level: "manager", call: (c) => c.issues.list({ storeId: storeA }) },
  "issues.counts": { level: "manager", call: (c) => c.issues.counts({ storeId: storeA }) },
  "issues.byId": { level: "manager", call: (c) => c.issues.byId({ issueId }) },
  "issues.update": { level: "manager", call: (c) => c.issues.update({ issueId, version: 999, priority: "urgent" }) },
  "issues.onIssueEvent": { level: "manager", call: (c) => c.issues.onIssueEvent({ lastEventId: null }) },
  "integrations.connections": { level: "admin", call: (c) => c.integrations.connections() },
  "integrations.saveConnection": {
    level: "admin",
    call: (c) => c.integrations.saveConnection({ storeId: storeB, platform: "grubhub", enabled: false, endpointUrl: null, signingSecrets: [], acceptDeadlineMinutes: 10 }),
  },
  "integrations.status": { level: "staff", call: (c) => c.integrations.status({ storeId: storeA }) },
  "integrations.notifications": { level: "staff", call: (c) => c.integrations.notifications({ id: orderId }) },
  "integrations.retryNotification": { level: "manager", call: (c) => c.integrations.retryNotification({ notificationId }) },
  "integrations.dismissQuarantined": { level: "manager", call: (c) => c.integrations.dismissQuarantined({ quarantineId }) },
  "tokens.list": { level: "admin", call: (c) => c.tokens.list() },
  "tokens.create": { level: "admin", call: (c) => c.tokens.create({ name: "matrix", abilities: ["orders:read"] }) },
  "tokens.revoke": { level: "admin", call: (c) => c.tokens.revoke({ id: revocable }) },
};

/** Each call gets a fresh session, as a tablet would: auth.signOut ends the one it is called with. */
function callerFor(who: Who): Caller {
  const session = (id: number) => startSession(id);
  switch (who) {
    case "anonymous":
      return callerWith(null).caller;
    case "staff of the store":
      return callerWith(session(people.staffA.id)).caller;
    case "staff of another store":
      return callerWith(session(people.staffB.id)).caller;
    case "manager":
      return callerWith(session(people.managerA.id)).caller;
    case "admin":
      return callerWith(session(people.admin.id)).caller;
    case "token with the ability":
      return callerWith(null, { authorization: `Bearer ${tokens.with}` }).caller;
    case "token without it":
      return callerWith(null, { authorization: `Bearer ${tokens.without}` }).caller;
  }
}

async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call;
    if (result && typeof result === "object" && Symbol.asyncIterator in result) {
      await (result as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
    }
    return "allowed";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED") return "unauthorized";
    if (error.code === "FORBIDDEN") return "forbidden";
    return "allowed"; // past the guard: refused by the order's own rules (a stale version, a state)
  }
}

describe("tRPC authorization matrix", () => {
  it("has a decided guard for every procedure", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(PROCEDURES).sort());
  });

  for (const [path, { level, call }] of Object.entries(PROCEDURES)) {
    for (const who of WHO) {
      it(`${path} × ${who}: ${expected(level, who)}`, async () => {
        expect(await outcomeOf(call(callerFor(who)))).toBe(expected(level, who));
      });
    }
  }
});

const json = (method: string, url: string, headers: Record<string, string>, body: unknown) =>
  new Request(url, { method, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const REST_ROUTES: Record<string, { ability: string; send: (headers: Record<string, string>) => Promise<Response> }> = {
  "POST /api/v1/orders": {
    ability: "orders:write",
    send: (headers) =>
      postOrderRoute(
        new Request("http://board.local/api/v1/orders", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(orderInput(storeA)),
        }),
      ),
  },
  "GET /api/v1/orders/:id": {
    ability: "orders:read",
    send: (headers) => getOrderRoute(new Request(`http://board.local/api/v1/orders/${orderId}`, { headers }), { params: Promise.resolve({ id: String(orderId) }) }),
  },
  "GET /api/v1/stores": { ability: "orders:read", send: (headers) => getStoresRoute(new Request("http://board.local/api/v1/stores", { headers })) },
  "GET /api/v1/orders": { ability: "orders:read", send: (headers) => listOrdersRoute(new Request("http://board.local/api/v1/orders", { headers })) },
  "GET /api/v1/orders/count": { ability: "orders:read", send: (headers) => countOrdersRoute(new Request("http://board.local/api/v1/orders/count", { headers })) },
  "GET /api/v1/orders/history": { ability: "orders:read", send: (headers) => historyRoute(new Request("http://board.local/api/v1/orders/history", { headers })) },
  "GET /api/v1/stores/:id/orders": {
    ability: "orders:read",
    send: (headers) => storeOrdersRoute(new Request(`http://board.local/api/v1/stores/${storeA}/orders`, { headers }), { params: Promise.resolve({ id: storeA }) }),
  },
  "GET /api/v1/orders/:id/items": {
    ability: "orders:read",
    send: (headers) => getItemsRoute(new Request(`http://board.local/api/v1/orders/${orderId}/items`, { headers }), { params: Promise.resolve({ id: String(orderId) }) }),
  },
  "GET /api/v1/orders/:id/items/:itemId": {
    ability: "orders:read",
    send: (headers) =>
      getItemRoute(new Request(`http://board.local/api/v1/orders/${orderId}/items/${itemId}`, { headers }), { params: Promise.resolve({ id: String(orderId), itemId: String(itemId) }) }),
  },
  "PATCH /api/v1/orders/:id/items/:itemId": {
    ability: "orders:write",
    send: (headers) =>
      patchItemRoute(
        new Request(`http://board.local/api/v1/orders/${orderId}/items/${itemId}`, {
          method: "PATCH",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ version: 999, reason: { code: "customer_request" }, special_instructions: "No salt" }),
        }),
        { params: Promise.resolve({ id: String(orderId), itemId: String(itemId) }) },
      ),
  },
  "POST /api/v1/orders/:id/issues": {
    ability: "issues:write",
    send: (headers) =>
      reportIssueRoute(json("POST", `http://board.local/api/v1/orders/${orderId}/issues`, headers, { type: "quality_issues", description: "Cold" }), {
        params: Promise.resolve({ id: String(orderId) }),
      }),
  },
  "GET /api/v1/issues": { ability: "issues:read", send: (headers) => listIssuesRoute(new Request("http://board.local/api/v1/issues", { headers })) },
  "GET /api/v1/issues/:id": {
    ability: "issues:read",
    send: (headers) => getIssueRoute(new Request(`http://board.local/api/v1/issues/${issueId}`, { headers }), { params: Promise.resolve({ id: String(issueId) }) }),
  },
  "PATCH /api/v1/issues/:id": {
    ability: "issues:write",
    send: (headers) =>
      patchIssueRoute(json("PATCH", `http://board.local/api/v1/issues/${issueId}`, headers, { version: 999, priority: "low" }), { params: Promise.resolve({ id: String(issueId) }) }),
  },
  "PATCH /api/v1/orders/:id/cart": {
    ability: "orders:write",
    send: (headers) =>
      patchCartRoute(
        new Request(`http://board.local/api/v1/orders/${orderId}/cart`, {
          method: "PATCH",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ version: 999, reason: { code: "customer_request" }, changes: [{ op: "remove", item_id: itemId }] }),
        }),
        { params: Promise.resolve({ id: String(orderId) }) },
      ),
  },
};

describe("REST authorization matrix", () => {
  const cases: [string, (ability: string) => Record<string, string>, number][] = [
    ["anonymous", () => ({}), 401],
    ["staff session cookie (the API takes tokens only)", () => ({ cookie: `ob_session=${startSession(people.staffA.id)}` }), 401],
    ["admin session cookie", () => ({ cookie: `ob_session=${startSession(people.admin.id)}` }), 401],
    ["unknown token", () => ({ authorization: "Bearer ob_not-a-real-token" }), 401],
    ["token with the ability", () => ({ authorization: `Bearer ${tokens.with}` }), 200],
    ["token without it", () => ({ authorization: `Bearer ${tokens.without}` }), 403],
    ["token of another store", () => ({ authorization: `Bearer ${makeToken(["orders:read", "orders:write", "issues:read", "issues:write"], storeB)}` }), 403],
    ["token of this store", () => ({ authorization: `Bearer ${makeToken(["orders:read", "orders:write", "issues:read", "issues:write"], storeA)}` }), 200],
    ["token with every ability but this one", (ability) => ({ authorization: `Bearer ${makeToken(ABILITIES.filter((a) => a !== ability))}` }), 403],
  ];
  for (const [route, { ability, send }] of Object.entries(REST_ROUTES)) {
    for (const [who, headers, status] of cases) {
      // Lists are filtered to the token's stores rather than refused.
      const lists = ["GET /api/v1/stores", "GET /api/v1/issues", "GET /api/v1/orders", "GET /api/v1/orders/count", "GET /api/v1/orders/history"];
      const listsOnly = lists.includes(route) && who === "token of another store";
      const allowed = listsOnly ? 200 : status;
      it(`${route} × ${who}: ${allowed === 200 ? "allowed" : allowed}`, async () => {
        const response = await send(headers(ability));
        // Past the guard, the order's own rules may still refuse (a stale version is 409): that is "allowed" here.
        const outcome = response.status === 401 || response.status === 403 ? response.status : 200;
        expect(outcome).toBe(allowed);
        if (allowed >= 400) expect((await response.json()).error.code).toMatch(/NOT_SIGNED_IN|FORBIDDEN/);
      });
    }
  }

  it("a revoked token is refused", async () => {
    const { token, secret } = createApiToken({ name: "soon gone", abilities: ["orders:read"], storeId: null, createdBy: "test" });
    const { caller } = callerWith(startSession(people.admin.id));
    await caller.tokens.revoke({ id: token.id });
    expect((await REST_ROUTES["GET /api/v1/stores"]!.send({ authorization: `Bearer ${secret}` })).status).toBe(401);
  });

  it("a store-scoped token lists only its store", async () => {
    const response = await REST_ROUTES["GET /api/v1/stores"]!.send({ authorization: `Bearer ${makeToken(["orders:read"], storeB)}` });
    expect((await response.json()).stores.map((store: { id: string }) => store.id)).toEqual([storeB]);
  });
});
