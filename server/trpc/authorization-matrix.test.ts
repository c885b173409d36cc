import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchCartRoute } from "@/app/api/v1/orders/[id]/cart/route";
import { GET as getItemRoute, PATCH as patchItemRoute } from "@/app/api/v1/orders/[id]/items/[itemId]/route";
import { GET as getItemsRoute } from "@/app/api/v1/orders/[id]/items/route";
import { GET as getOrderRoute } from "@/app/api/v1/orders/[id]/route";
import { POST as postOrderRoute } from "@/app/api/v1/orders/route";
import fs from "node:fs";
import path from "node:path";
import { POST as attachmentRoute } from "@/app/api/v1/issues/[id]/attachments/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as getStoresRoute } from "@/app/api/v1/stores/route";
import { GET as listOrdersRoute } from "@/app/api/v1/orders/route";
import { GET as countOrdersRoute } from "@/app/api/v1/orders/count/route";
import { GET as historyRoute } from "@/app/api/v1/orders/history/route";
import { GET as storeOrdersRoute } from "@/app/api/v1/stores/[id]/orders/route";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createApiToken } from "@/server/services/api-tokens";
import { createOrder } from "@/server/services/create-order";
import { reportIssue } from "@/server/services/report-issue";
import { getIssue } from "@/server/services/get-issue";
import { ZNewIssue } from "@/server/domain/order-issue";
import { GET as listIssuesRoute } from "@/app/api/v1/issues/route";
import { GET as getIssueRoute, PATCH as patchIssueRoute } from "@/app/api/v1/issues/[id]/route";
import { POST as reportIssueRoute } from "@/app/api/v1/orders/[id]/issues/route";
import { startSession } from "@/server/services/sessions";
import { makeStore, orderInput } from "@/test-support/orders";
import { callerWith, makeEmployee, makeToken } from "@/test-support/people";
import { ABILITIES, type Ability } from "@/server/domain/access";
import { getDb } from "@/db/client";
import { quarantinedDeliveries } from "@/db/schema";
import { newSigningSecret } from "@/server/integrations/signature";
import { acceptOrder } from "@/server/services/accept-order";
import { changeCart } from "@/server/services/change-cart";
import { advanceOrder } from "@/server/services/move-order";
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
/** "ok" for a call that worked, else the tRPC code it was refused with. */
type Outcome = string;

function expected(level: Level, who: Who): Outcome {
  const verdict = guardVerdict(level, who);
  return verdict === "allowed" ? "ok" : verdict;
}

function guardVerdict(level: Level, who: Who): "allowed" | "UNAUTHORIZED" | "FORBIDDEN" {
  if (level === "public") return "allowed";
  if (who === "anonymous" || who.startsWith("token")) return "UNAUTHORIZED";
  if (level === "signed-in" || who === "admin") return "allowed";
  if (level === "staff") return who === "staff of another store" ? "FORBIDDEN" : "allowed";
  if (level === "manager") return who === "manager" ? "allowed" : "FORBIDDEN";
  return "FORBIDDEN";
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
// Calls that change an order's state get an order of their own each time, so every allowed caller can prove the call works.
const freshOrder = () => createOrder(orderInput(storeA), SYSTEM_ACTOR).order;
const current = (order: { id: number; version: number }) => ({ id: order.id, version: order.version });
function acceptedOrder() {
  const order = freshOrder();
  return acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR }).order;
}
function changedOrder() {
  const order = acceptedOrder();
  return changeCart({ orderId: order.id, changes: [{ op: "instructions", item_id: order.items[0]!.id, special_instructions: "No salt" }], reason: { code: "customer_request", message: "" }, actor: SYSTEM_ACTOR }).order;
}
function baggingOrder() {
  const order = acceptedOrder();
  return advanceOrder({ orderId: order.id, to: "bagging", actor: SYSTEM_ACTOR }).order;
}
/** Every call is one that works for an allowed caller: an allowed cell proves the call succeeds, not merely that the guard let it by. */
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
  "orders.accept": { level: "staff", call: (c) => c.orders.accept({ ...current(freshOrder()), prepMinutes: 10 }) },
  "orders.deny": { level: "staff", call: (c) => c.orders.deny({ ...current(freshOrder()), reason: { code: "KITCHEN_BUSY" } }) },
  "orders.cancel": { level: "staff", call: (c) => c.orders.cancel({ ...current(freshOrder()), reason: { code: "KITCHEN_BUSY" } }) },
  "orders.advance": { level: "staff", call: (c) => c.orders.advance({ ...current(acceptedOrder()), to: "ready" }) },
  "orders.recall": { level: "staff", call: (c) => c.orders.recall(current(baggingOrder())) },
  "orders.acknowledge": { level: "staff", call: (c) => c.orders.acknowledge({ id: freshOrder().id }) },
  "orders.changeCart": {
    level: "staff",
    call: (c) => {
      const order = freshOrder();
      return c.orders.changeCart({ ...current(order), changes: [{ op: "quantity", item_id: order.items[0]!.id, quantity: 1 }], reason: { code: "customer_request" } });
    },
  },
  "orders.acknowledgeChanges": { level: "staff", call: (c) => c.orders.acknowledgeChanges({ id: changedOrder().id }) },
  "orders.setPrepTime": { level: "staff", call: (c) => c.orders.setPrepTime({ ...current(acceptedOrder()), prepMinutes: 20 }) },
  "orders.setPacked": {
    level: "staff",
    call: (c) => {
      const order = baggingOrder();
      return c.orders.setPacked({ id: order.id, itemId: order.items[0]!.id, packed: true });
    },
  },
  "orders.list": { level: "manager", call: (c) => c.orders.list({ storeId: storeA }) },
  "orders.counts": { level: "manager", call: (c) => c.orders.counts({ storeId: storeA }) },
  "employees.list": { level: "manager", call: (c) => c.employees.list({ storeId: storeA }) },
  "employees.create": { level: "manager", call: (c) => c.employees.create({ name: "New hire", role: "staff", storeIds: [storeA], pin: "4321" }) },
  "employees.setActive": { level: "manager", call: (c) => c.employees.setActive({ id: people.target.id, active: true }) },
  "employees.resetPin": { level: "manager", call: (c) => c.employees.resetPin({ id: people.target.id, pin: "1234" }) },
  "employees.unlock": { level: "manager", call: (c) => c.employees.unlock({ id: people.target.id }) },
  "issues.report": { level: "staff", call: (c) => c.issues.report({ id: orderId, type: "missing_items", description: "No fries" }) },
  "issues.list": { level: "manager", call: (c) => c.issues.list({ storeId: storeA }) },
  "issues.counts": { level: "manager", call: (c) => c.issues.counts({ storeId: storeA }) },
  "issues.byId": { level: "manager", call: (c) => c.issues.byId({ issueId }) },
  "issues.update": {
    level: "manager",
    call: (c) => {
      const issue = getIssue(issueId);
      return c.issues.update({ issueId, version: issue.version, priority: issue.priority === "urgent" ? "low" : "urgent" });
    },
  },
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
    return "ok";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.code;
  }
}

describe("tRPC authorization matrix", () => {
  it("has a decided guard for every procedure", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(PROCEDURES).sort());
  });

  for (const [path, { level, call }] of Object.entries(PROCEDURES)) {
    for (const who of WHO) {
      const outcome = expected(level, who);
      it(`${path} × ${who}: ${outcome}`, async () => {
        expect(await outcomeOf(call(callerFor(who)))).toBe(outcome);
      });
    }
  }
});

describe("who a manager of one store may manage", () => {
  const targets = {
    "staff of that store only": { role: "staff", stores: () => [storeA], outcome: "ok" },
    "staff of that store and another": { role: "staff", stores: () => [storeA, storeB], outcome: "FORBIDDEN" },
    "another manager of that store": { role: "manager", stores: () => [storeA], outcome: "FORBIDDEN" },
    "a manager of two stores": { role: "manager", stores: () => [storeA, storeB], outcome: "FORBIDDEN" },
    "an admin": { role: "admin", stores: () => [], outcome: "FORBIDDEN" },
  } as const;
  const actions = {
    "reset their PIN": (c: Caller, id: number) => c.employees.resetPin({ id, pin: "8642" }),
    "deactivate them": (c: Caller, id: number) => c.employees.setActive({ id, active: false }),
    "unlock them": (c: Caller, id: number) => c.employees.unlock({ id }),
  };
  for (const [target, { role, stores, outcome }] of Object.entries(targets)) {
    for (const [action, run] of Object.entries(actions)) {
      it(`${action} × ${target}: ${outcome}`, async () => {
        const person = await makeEmployee(role, stores());
        expect(await outcomeOf(run(callerFor("manager"), person.id))).toBe(outcome);
      });
    }
  }
  it("hire only staff", async () => {
    for (const role of ["manager", "admin"] as const) {
      expect(await outcomeOf(callerFor("manager").employees.create({ name: `New ${role}`, role, storeIds: [storeA], pin: "4321" }))).toBe("FORBIDDEN");
    }
  });
});

const BASE = "http://board.local";
const json = (method: string, path: string, headers: Record<string, string>, body: unknown) =>
  new Request(`${BASE}${path}`, { method, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const get = (path: string, headers: Record<string, string>) => new Request(`${BASE}${path}`, { headers });
const params = <T extends Record<string, string | number>>(values: T) => ({ params: Promise.resolve(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]))) }) as { params: Promise<Record<keyof T, string>> };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
let uploads = 0;

type RestRoute = {
  /** The token ability the route needs; null for a public route. */
  ability: Ability | null;
  /** What an allowed caller gets: the call must really work, not merely pass the guard. */
  allowed: number;
  /** Lists answer a token of another store with its own (empty) share rather than a refusal. */
  filtersByStore?: boolean;
  send: (headers: Record<string, string>) => Promise<Response>;
};

const REST_ROUTES: Record<string, RestRoute> = {
  "GET /api/v1/openapi.json": { ability: null, allowed: 200, send: () => Promise.resolve(openApiRoute(get("/api/v1/openapi.json", {}))) },
  "POST /api/v1/orders": { ability: "orders:write", allowed: 201, send: (headers) => postOrderRoute(json("POST", "/api/v1/orders", headers, orderInput(storeA))) },
  "GET /api/v1/orders": { ability: "orders:read", allowed: 200, filtersByStore: true, send: (headers) => listOrdersRoute(get("/api/v1/orders", headers)) },
  "GET /api/v1/orders/count": { ability: "orders:read", allowed: 200, filtersByStore: true, send: (headers) => countOrdersRoute(get("/api/v1/orders/count", headers)) },
  "GET /api/v1/orders/history": { ability: "orders:read", allowed: 200, filtersByStore: true, send: (headers) => historyRoute(get("/api/v1/orders/history", headers)) },
  "GET /api/v1/orders/:id": { ability: "orders:read", allowed: 200, send: (headers) => getOrderRoute(get(`/api/v1/orders/${orderId}`, headers), params({ id: orderId })) },
  "GET /api/v1/orders/:id/items": { ability: "orders:read", allowed: 200, send: (headers) => getItemsRoute(get(`/api/v1/orders/${orderId}/items`, headers), params({ id: orderId })) },
  "GET /api/v1/orders/:id/items/:itemId": {
    ability: "orders:read",
    allowed: 200,
    send: (headers) => getItemRoute(get(`/api/v1/orders/${orderId}/items/${itemId}`, headers), params({ id: orderId, itemId })),
  },
  "PATCH /api/v1/orders/:id/items/:itemId": {
    ability: "orders:write",
    allowed: 200,
    send: (headers) => {
      const order = freshOrder();
      const line = order.items[0]!.id;
      const body = { version: order.version, reason: { code: "customer_request" }, special_instructions: "No salt" };
      return patchItemRoute(json("PATCH", `/api/v1/orders/${order.id}/items/${line}`, headers, body), params({ id: order.id, itemId: line }));
    },
  },
  "PATCH /api/v1/orders/:id/cart": {
    ability: "orders:write",
    allowed: 200,
    send: (headers) => {
      const order = freshOrder();
      const body = { version: order.version, reason: { code: "customer_request" }, changes: [{ op: "quantity", item_id: order.items[0]!.id, quantity: 1 }] };
      return patchCartRoute(json("PATCH", `/api/v1/orders/${order.id}/cart`, headers, body), params({ id: order.id }));
    },
  },
  "POST /api/v1/orders/:id/issues": {
    ability: "issues:write",
    allowed: 201,
    send: (headers) => reportIssueRoute(json("POST", `/api/v1/orders/${orderId}/issues`, headers, { type: "quality_issues", description: "Cold" }), params({ id: orderId })),
  },
  "GET /api/v1/issues": { ability: "issues:read", allowed: 200, filtersByStore: true, send: (headers) => listIssuesRoute(get("/api/v1/issues", headers)) },
  "GET /api/v1/issues/:id": { ability: "issues:read", allowed: 200, send: (headers) => getIssueRoute(get(`/api/v1/issues/${issueId}`, headers), params({ id: issueId })) },
  "PATCH /api/v1/issues/:id": {
    ability: "issues:write",
    allowed: 200,
    send: (headers) => {
      const issue = getIssue(issueId);
      const body = { version: issue.version, priority: issue.priority === "low" ? "medium" : "low" };
      return patchIssueRoute(json("PATCH", `/api/v1/issues/${issueId}`, headers, body), params({ id: issueId }));
    },
  },
  "POST /api/v1/issues/:id/attachments": {
    ability: "issues:write",
    allowed: 201,
    send: (headers) => {
      const form = new FormData();
      form.set("file", new File([new Uint8Array([...PNG, ++uploads])], "photo.png", { type: "image/png" }));
      return attachmentRoute(new Request(`${BASE}/api/v1/issues/${issueId}/attachments`, { method: "POST", headers, body: form }), params({ id: issueId }));
    },
  },
  "GET /api/v1/stores": { ability: "orders:read", allowed: 200, filtersByStore: true, send: (headers) => getStoresRoute(get("/api/v1/stores", headers)) },
  "GET /api/v1/stores/:id/orders": { ability: "orders:read", allowed: 200, send: (headers) => storeOrdersRoute(get(`/api/v1/stores/${storeA}/orders`, headers), params({ id: storeA })) },
};

/** Every method every route file under app/api/v1 exports, as "METHOD /api/v1/path/:param". */
async function routesOnDisk(): Promise<string[]> {
  const root = path.join(process.cwd(), "app/api/v1");
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  const found: string[] = [];
  for (const file of files) {
    const handlers = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const route = `/api/v1/${path.dirname(file)}`.replace(/\/\.$/, "").replace(/\[(\w+)\]/g, ":$1");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (typeof handlers[method] === "function") found.push(`${method} ${route}`);
  }
  return found.sort();
}

describe("REST authorization matrix", () => {
  it("has a decided guard for every route and method under /api/v1", async () => {
    expect(await routesOnDisk()).toEqual(Object.keys(REST_ROUTES).sort());
  });

  const allAbilities = () => ({ authorization: `Bearer ${makeToken([...ABILITIES])}` });
  const cases: [string, (ability: Ability | null) => Record<string, string>, "allowed" | 401 | 403 | "filtered"][] = [
    ["anonymous", () => ({}), 401],
    ["staff session cookie (the API takes tokens only)", () => ({ cookie: `ob_session=${startSession(people.staffA.id)}` }), 401],
    ["admin session cookie", () => ({ cookie: `ob_session=${startSession(people.admin.id)}` }), 401],
    ["unknown token", () => ({ authorization: "Bearer ob_not-a-real-token" }), 401],
    ["token with the ability", allAbilities, "allowed"],
    ["token without it", () => ({ authorization: `Bearer ${tokens.without}` }), 403],
    ["token of another store", () => ({ authorization: `Bearer ${makeToken([...ABILITIES], storeB)}` }), "filtered"],
    ["token of this store", () => ({ authorization: `Bearer ${makeToken([...ABILITIES], storeA)}` }), "allowed"],
    ["token with every ability but this one", (ability) => ({ authorization: `Bearer ${makeToken(ABILITIES.filter((a) => a !== ability))}` }), 403],
  ];
  for (const [route, { ability, allowed, filtersByStore = false, send }] of Object.entries(REST_ROUTES)) {
    for (const [who, headers, verdict] of cases) {
      const status = ability === null || verdict === "allowed" ? allowed : verdict === "filtered" ? (filtersByStore ? allowed : 403) : verdict;
      it(`${route} × ${who}: ${status}`, async () => {
        const response = await send(headers(ability));
        expect(response.status, await response.clone().text()).toBe(status);
        if (status >= 400) expect((await response.json()).error.code).toMatch(/NOT_SIGNED_IN|FORBIDDEN/);
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

  it("a token of one store cannot read another store's order by sending its external id to the idempotent create", async () => {
    const { order } = createOrder(orderInput(storeA, { customer: { first_name: "Only", last_name: "Mine", phone: "+15559990000" } }), SYSTEM_ACTOR);
    const probe = await postOrderRoute(json("POST", "/api/v1/orders", { authorization: `Bearer ${makeToken(["orders:write"], storeB)}` }, orderInput(storeA, { external_id: order.externalId })));
    expect(probe.status).toBe(403);
    expect(await probe.text()).not.toContain("Only");
  });
});
