import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createApiToken } from "@/server/services/api-tokens";
import { createGroup } from "@/server/services/staff-groups";
import { createOrder } from "@/server/services/create-order";
import { addMenuItem } from "@/server/services/menu";
import { ZMenuItemInput } from "@/server/domain/menu";
import { deleteOrder } from "@/server/services/delete-order";
import { reportIssue } from "@/server/services/report-issue";
import { getIssue } from "@/server/services/get-issue";
import { ZNewIssue } from "@/server/domain/order-issue";
import { startSession } from "@/server/services/sessions";
import { duplicateReports, makeStore, orderInput, readyOrder } from "@/test-support/orders";
import { callerWith, makeEmployee, makeToken, matrixPeople } from "@/test-support/people";
import { getDb } from "@/db/client";
import { quarantinedDeliveries } from "@/db/schema";
import { newSigningSecret } from "@/server/integrations/signature";
import { acceptOrder } from "@/server/services/accept-order";
import { changeCart } from "@/server/services/change-cart";
import { advanceOrder } from "@/server/services/move-order";
import { DEFAULT_HEADLINE_TARGETS } from "@/server/domain/headline";
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

const storeA = await makeStore();
const storeB = await makeStore();
const people = {} as Record<"staffA" | "staffB" | "managerA" | "admin" | "target", { id: number }>;
let orderId = 0;
let itemId = 0;
let issueId = 0;
let revocable = 0;
let notificationId = 0;
let quarantineId = 0;
let deletedId = 0;
const tokens = { with: "", without: "" };

beforeAll(async () => {
  Object.assign(people, await matrixPeople(storeA, storeB), { target: await makeEmployee("staff", [storeA]) });
  const { order } = await createOrder(orderInput(storeA), SYSTEM_ACTOR);
  orderId = order.id;
  itemId = order.items[0]!.id;
  issueId = (await reportIssue({ orderId, issue: ZNewIssue.parse({ type: "wrong_items", description: "Wrong shake" }), actor: SYSTEM_ACTOR })).issue!.id;
  revocable = (await createApiToken({ name: "to revoke", abilities: ["orders:read"], storeId: null, createdBy: "test" })).token.id;
  await saveConnection(
    { storeId: storeA, platform: "doordash", enabled: true, endpointUrl: "http://127.0.0.1:9/doordash", signingSecrets: [newSigningSecret()], acceptDeadlineMinutes: 8 },
    SYSTEM_ACTOR,
  );
  const { order: notified } = await createOrder(orderInput(storeA), SYSTEM_ACTOR);
  await acceptOrder({ orderId: notified.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
  notificationId = (await notificationsOf(notified.id))[0]!.id;
  const [quarantined] = await getDb()
    .insert(quarantinedDeliveries)
    .values({ platform: "doordash", webhookId: "msg_matrix", storeId: storeA, reason: "test", body: "{}", receivedAt: Date.now() })
    .returning();
  quarantineId = quarantined!.id;
  deletedId = (await deleteOrder({ orderId: (await createOrder(orderInput(storeA), SYSTEM_ACTOR)).order.id, actor: SYSTEM_ACTOR })).order.id;
  tokens.with = await makeToken(["orders:read", "orders:write", "issues:read", "issues:write"]);
  tokens.without = await makeToken([]);
});

type Caller = ReturnType<typeof callerWith>["caller"];
// Calls that change an order's state get an order of their own each time, so every allowed caller can prove the call works.
const freshOrder = async () => (await createOrder(orderInput(storeA), SYSTEM_ACTOR)).order;
const current = (order: { id: number; version: number }) => ({ id: order.id, version: order.version });
const unpaidOrder = async () => (await createOrder(orderInput(storeA, { fulfillment: { type: "drive_thru" }, payment: { method: "cash", paid: false } }), SYSTEM_ACTOR)).order;
async function acceptedOrder() {
  const order = await freshOrder();
  return (await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR })).order;
}
async function changedOrder() {
  const order = await acceptedOrder();
  return (await changeCart({ orderId: order.id, changes: [{ op: "instructions", item_id: order.items[0]!.id, special_instructions: "No salt" }], reason: { code: "customer_request", message: "" }, actor: SYSTEM_ACTOR })).order;
}
async function baggingOrder() {
  const order = await acceptedOrder();
  return (await advanceOrder({ orderId: order.id, to: "bagging", actor: SYSTEM_ACTOR })).order;
}
/** Every call is one that works for an allowed caller: an allowed cell proves the call succeeds, not merely that the guard let it by. */
const PROCEDURES: Record<string, { level: Level; call: (caller: Caller) => Promise<unknown> }> = {
  "analytics.get": { level: "manager", call: (c) => c.analytics.get({ storeId: storeA, range: "30d" }) },
  "analytics.setTargets": { level: "manager", call: (c) => c.analytics.setTargets({ storeId: storeA, ...DEFAULT_HEADLINE_TARGETS }) },
  "auth.stores": { level: "public", call: (c) => c.auth.stores() },
  "auth.people": { level: "public", call: (c) => c.auth.people({ storeId: storeA }) },
  "auth.session": { level: "public", call: (c) => c.auth.session() },
  "auth.signIn": { level: "public", call: (c) => c.auth.signIn({ storeId: storeA, employeeId: people.target.id, pin: "1234" }) },
  "auth.setLanguage": { level: "public", call: (c) => c.auth.setLanguage({ locale: "es-US" }) },
  "auth.signOut": { level: "public", call: (c) => c.auth.signOut() },
  "stores.list": { level: "signed-in", call: (c) => c.stores.list() },
  "stores.byId": { level: "staff", call: (c) => c.stores.byId({ storeId: storeA }) },
  "stores.update": { level: "manager", call: (c) => c.stores.update({ storeId: storeA, name: `Store ${storeA}`, timezone: "America/New_York" }) },
  "orders.board": { level: "staff", call: (c) => c.orders.board({ storeId: storeA }) },
  "orders.detail": { level: "staff", call: (c) => c.orders.detail({ id: orderId }) },
  "orders.get": { level: "staff", call: (c) => c.orders.get({ id: orderId }) },
  "orders.items": { level: "staff", call: (c) => c.orders.items({ id: orderId }) },
  "orders.item": { level: "staff", call: (c) => c.orders.item({ id: orderId, item_id: itemId }) },
  "orders.create": { level: "staff", call: (c) => c.orders.create(orderInput(storeA)) },
  "orders.accept": { level: "staff", call: async (c) => c.orders.accept({ ...current(await freshOrder()), prep_minutes: 10 }) },
  "orders.deny": { level: "staff", call: async (c) => c.orders.deny({ ...current(await freshOrder()), reason: { code: "KITCHEN_BUSY" } }) },
  "orders.cancel": { level: "staff", call: async (c) => c.orders.cancel({ ...current(await freshOrder()), reason: { code: "KITCHEN_BUSY" } }) },
  "orders.status": { level: "staff", call: async (c) => c.orders.status({ ...current(await acceptedOrder()), status: "ready" }) },
  "orders.customerArrived": { level: "staff", call: async (c) => c.orders.customerArrived({ id: (await createOrder(orderInput(storeA, { fulfillment: { type: "curbside" } }), SYSTEM_ACTOR)).order.id }) },
  "menu.list": { level: "staff", call: (c) => c.menu.list({ id: storeA }) },
  "menu.add": { level: "manager", call: (c) => c.menu.add({ id: storeA, name: `Dish ${randomUUID()}`, price_cents: 900 }) },
  "menu.update": { level: "manager", call: async (c) => c.menu.update({ id: storeA, itemId: (await addMenuItem(storeA, ZMenuItemInput.parse({ name: `Dish ${randomUUID()}`, price_cents: 900 }))).id, price_cents: 950 }) },
  "menu.availability": { level: "staff", call: async (c) => c.menu.availability({ id: storeA, itemId: (await addMenuItem(storeA, ZMenuItemInput.parse({ name: `Dish ${randomUUID()}`, price_cents: 900 }))).id, available: false }) },
  "stores.availability": { level: "staff", call: (c) => c.stores.availability({ id: storeA }) },
  "stores.setAvailability": { level: "staff", call: (c) => c.stores.setAvailability({ id: storeA, paused: false }) },
  "stores.busyAuto": { level: "staff", call: (c) => c.stores.busyAuto({ id: storeA }) },
  "stores.setBusyAuto": { level: "manager", call: (c) => c.stores.setBusyAuto({ id: storeA, enabled: false, max_minutes: 30 }) },
  "stores.hours": { level: "staff", call: (c) => c.stores.hours({ id: storeA }) },
  "stores.setHours": { level: "manager", call: (c) => c.stores.setHours({ id: storeA, hours: null }) },
  "stores.heartbeat": { level: "staff", call: (c) => c.stores.heartbeat({ id: storeA }) },
  "stores.setHeartbeat": { level: "manager", call: (c) => c.stores.setHeartbeat({ id: storeA, minutes: 5, alert_url: null }) },
  "stores.autoAccept": { level: "staff", call: (c) => c.stores.autoAccept({ id: storeA }) },
  "stores.setAutoAccept": { level: "manager", call: (c) => c.stores.setAutoAccept({ id: storeA, platforms: [], prep_minutes: 15, max_items: null, max_total_cents: null }) },
  "customers.get": { level: "staff", call: async (c) => c.customers.get({ id: (await freshOrder()).customerId! }) },
  "customers.setNotes": { level: "manager", call: async (c) => c.customers.setNotes({ id: (await freshOrder()).customerId!, notes: "Peanut allergy" }) },
  "orders.handoverFailed": { level: "staff", call: async (c) => c.orders.handoverFailed({ id: (await readyOrder(storeA, "pickup")).id, outcome: "not_picked_up", reason: "Nobody came" }) },
  "orders.markPaid": { level: "staff", call: async (c) => c.orders.markPaid(current(await unpaidOrder())) },
  "orders.recall": { level: "staff", call: async (c) => c.orders.recall(current(await baggingOrder())) },
  "orders.prepTime": { level: "staff", call: async (c) => c.orders.prepTime({ ...current(await acceptedOrder()), prep_minutes: 20 }) },
  "orders.acknowledge": { level: "staff", call: async (c) => c.orders.acknowledge({ id: (await freshOrder()).id }) },
  "orders.deliveryStatus": { level: "staff", call: async (c) => c.orders.deliveryStatus({ id: (await freshOrder()).id, status: "arriving_at_store", courier: { name: "Kim" } }) },
  "orders.update": { level: "staff", call: async (c) => c.orders.update({ ...current(await freshOrder()), customer: { email: "jane@example.com" } }) },
  "orders.delete": { level: "admin", call: async (c) => c.orders.delete({ id: (await freshOrder()).id }) },
  "orders.deletion": { level: "admin", call: (c) => c.orders.deletion({ id: deletedId }) },
  "orders.changeCart": {
    level: "staff",
    call: async (c) => {
      const order = await freshOrder();
      return c.orders.changeCart({ ...current(order), changes: [{ op: "quantity", item_id: order.items[0]!.id, quantity: 1 }], reason: { code: "customer_request" } });
    },
  },
  "orders.changeItem": {
    level: "staff",
    call: async (c) => {
      const order = await freshOrder();
      return c.orders.changeItem({ ...current(order), item_id: order.items[0]!.id, reason: { code: "customer_request" }, special_instructions: "No salt" });
    },
  },
  "orders.acknowledgeChanges": { level: "staff", call: async (c) => c.orders.acknowledgeChanges({ id: (await changedOrder()).id }) },
  "orders.setPacked": {
    level: "staff",
    call: async (c) => {
      const order = await baggingOrder();
      return c.orders.setPacked({ id: order.id, itemId: order.items[0]!.id, packed: true });
    },
  },
  "orders.list": { level: "manager", call: (c) => c.orders.list({ store_id: storeA }) },
  "orders.count": { level: "manager", call: (c) => c.orders.count({ store_id: storeA }) },
  "orders.totals": { level: "manager", call: (c) => c.orders.totals({ store_id: storeA }) },
  "orders.withIssues": { level: "manager", call: (c) => c.orders.withIssues({ store_id: storeA, ids: [orderId] }) },
  "orders.history": { level: "manager", call: (c) => c.orders.history({ store_id: storeA }) },
  "orders.listForStore": { level: "manager", call: (c) => c.orders.listForStore({ store_id: storeA }) },
  "employees.list": { level: "manager", call: (c) => c.employees.list({ storeId: storeA }) },
  "employees.create": { level: "manager", call: (c) => c.employees.create({ name: "New hire", role: "staff", storeIds: [storeA], pin: "4321" }) },
  "employees.setActive": { level: "manager", call: (c) => c.employees.setActive({ id: people.target.id, active: true }) },
  "employees.resetPin": { level: "manager", call: (c) => c.employees.resetPin({ id: people.target.id, pin: "1234" }) },
  "employees.unlock": { level: "manager", call: (c) => c.employees.unlock({ id: people.target.id }) },
  "employees.groups": { level: "manager", call: (c) => c.employees.groups({ storeId: storeA }) },
  "employees.createGroup": { level: "manager", call: (c) => c.employees.createGroup({ storeId: storeA, name: `Group ${randomUUID().slice(0, 8)}` }) },
  "employees.deleteGroup": { level: "manager", call: async (c) => c.employees.deleteGroup({ storeId: storeA, groupId: (await createGroup(storeA, `Group ${randomUUID().slice(0, 8)}`)).id }) },
  "employees.setGroupMember": {
    level: "manager",
    call: async (c) => c.employees.setGroupMember({ storeId: storeA, groupId: (await createGroup(storeA, `Group ${randomUUID().slice(0, 8)}`)).id, employeeId: people.target.id, member: true }),
  },
  "issues.report": { level: "staff", call: (c) => c.issues.report({ id: orderId, type: "missing_items", description: "No fries" }) },
  "issues.list": { level: "manager", call: (c) => c.issues.list({ store_id: storeA }) },
  "issues.counts": { level: "manager", call: (c) => c.issues.counts({ store_id: storeA }) },
  "issues.get": { level: "manager", call: (c) => c.issues.get({ id: issueId }) },
  "issues.detail": { level: "manager", call: (c) => c.issues.detail({ id: issueId }) },
  "issues.update": {
    level: "manager",
    call: async (c) => {
      const issue = await getIssue(issueId);
      return c.issues.update({ id: issueId, version: issue.version, priority: issue.priority === "urgent" ? "low" : "urgent" });
    },
  },
  "issues.merge": {
    level: "manager",
    call: async (c) => {
      const { duplicate, kept } = await duplicateReports(storeA);
      return c.issues.merge({ id: duplicate.id, into: kept.id, version: duplicate.version });
    },
  },
  "issues.onIssueEvent": { level: "manager", call: (c) => c.issues.onIssueEvent({ lastEventId: null }) },
  "integrations.connections": { level: "admin", call: (c) => c.integrations.connections() },
  // To the matrix's DoorDash connection at store A, whose endpoint refuses: answered, not thrown.
  "integrations.sendTest": { level: "admin", call: (c) => c.integrations.sendTest({ storeId: storeA, platform: "doordash" }) },
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
async function callerFor(who: Who): Promise<Caller> {
  const session = async (id: number) => await startSession(id);
  switch (who) {
    case "anonymous":
      return callerWith(null).caller;
    case "staff of the store":
      return callerWith(await session(people.staffA.id)).caller;
    case "staff of another store":
      return callerWith(await session(people.staffB.id)).caller;
    case "manager":
      return callerWith(await session(people.managerA.id)).caller;
    case "admin":
      return callerWith(await session(people.admin.id)).caller;
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
  it("has a decided guard for every procedure", async () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(PROCEDURES).sort());
  });

  for (const [path, { level, call }] of Object.entries(PROCEDURES)) {
    for (const who of WHO) {
      const outcome = expected(level, who);
      it(`${path} × ${who}: ${outcome}`, async () => {
        expect(await outcomeOf(call(await callerFor(who)))).toBe(outcome);
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
        expect(await outcomeOf(run(await callerFor("manager"), person.id))).toBe(outcome);
      });
    }
  }
  it("hire only staff", async () => {
    for (const role of ["manager", "admin"] as const) {
      expect(await outcomeOf((await callerFor("manager")).employees.create({ name: `New ${role}`, role, storeIds: [storeA], pin: "4321" }))).toBe("FORBIDDEN");
    }
  });
});
