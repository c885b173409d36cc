import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq, isNotNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OrderView } from "@/server/services/order-views";
import { getDb } from "@/db/client";
import { notificationAttempts, platformNotifications } from "@/db/schema";
import { startReceiver, type ReceiverReply } from "@/server/demo/notification-receiver";
import { acceptOrder } from "@/server/services/accept-order";
import { SYSTEM_ACTOR, type Actor } from "@/server/services/actor";
import { cancelOrder } from "@/server/services/close-order";
import { createOrder } from "@/server/services/create-order";
import { advanceOrder } from "@/server/services/move-order";
import { claimDueNotifications, notificationsOf, retryNotification } from "@/server/services/outbox";
import { saveConnection } from "@/server/services/platform-connections";
import { setPrepTime } from "@/server/services/set-prep-time";
import { integrationStatus } from "@/server/services/integration-alerts";
import { addMenuItem } from "@/server/services/menu";
import { setBusy, setItemAvailability, setPause } from "@/server/services/store-controls";
import { ZMenuItemInput } from "@/server/domain/menu";
import { FAILING_ALERT_MS } from "@/server/domain/retry-schedule";
import { makeStore, orderInput } from "@/test-support/orders";
import { InvalidRequest } from "@/server/domain/errors";
import { DestinationRefused, isPublicAddress, publicOnlyLookup } from "./destination";
import { createDispatcher, type Dispatcher } from "./dispatcher";
import { newSigningSecret } from "./signature";

const secret = newSigningSecret();
const staff: Actor = { type: "employee", id: "1", name: "Sam" };
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

let receiver: Receiver | undefined;
let dispatchers: Dispatcher[] = [];
let clock = Date.now();

beforeEach(async () => {
  clock = Date.now();
  // Each test starts with an empty outbox: one database serves the whole file.
  await getDb().delete(notificationAttempts).where(isNotNull(notificationAttempts.id));
  await getDb().delete(platformNotifications).where(isNotNull(platformNotifications.id));
});

afterEach(async () => {
  await Promise.all(dispatchers.map((d) => d.stop()));
  dispatchers = [];
  await receiver?.close();
  receiver = undefined;
});

function dispatcher(options: Parameters<typeof createDispatcher>[0] = {}) {
  const made = createDispatcher({ clock: () => clock, ...options });
  dispatchers.push(made);
  return made;
}

async function connectedStore(reply?: (index: number) => ReceiverReply) {
  receiver = await startReceiver({ secrets: [secret], reply: reply && ((_request, index) => reply(index)) });
  const storeId = await makeStore();
  await saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: `${receiver.url}/doordash`, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
  return storeId;
}

/** An order taken all the way to the courier: four notifications, in this order. */
async function walkedOrder(storeId: string) {
  const { order } = await createOrder(orderInput(storeId), { type: "platform", id: "doordash", name: "DoorDash" });
  await acceptOrder({ orderId: order.id, prepMinutes: 15, actor: staff });
  await setPrepTime({ orderId: order.id, prepMinutes: 20, actor: staff });
  await advanceOrder({ orderId: order.id, to: "ready", actor: staff });
  await advanceOrder({ orderId: order.id, to: "picked_up", actor: staff });
  return order;
}

/** Drains, moving the clock on a minute each time, until nothing is pending or the rounds run out. */
async function drainUntilSettled(d: Dispatcher, rounds = 40) {
  for (let round = 0; round < rounds; round++) {
    await d.drain();
    if ((await allNotifications()).every((row) => row.state !== "pending")) return;
    clock += 60_000;
  }
}

async function allNotifications() {
  return (await getDb().select().from(platformNotifications));
}

describe("the outbox", () => {
  it("is written with the change, one notification per change the platform must hear, with the store's data", async () => {
    const storeId = await connectedStore();
    const order = await walkedOrder(storeId);
    const rows = (await notificationsOf(order.id)).reverse();
    expect(rows.map((row) => [row.type, row.state, row.attempts])).toEqual([
      ["order.accepted", "pending", 0],
      ["order.prep_time_changed", "pending", 0],
      ["order.ready", "pending", 0],
      ["order.picked_up", "pending", 0],
    ]);
    const accepted = (await getDb().select().from(platformNotifications).where(eq(platformNotifications.id, rows[0]!.id)))[0]!;
    expect(accepted.payload).toMatchObject({ type: "order.accepted", data: { order_id: order.externalId, order_status: "success", prep_minutes: 15 } });
  });

  it("writes nothing for a store without an endpoint, nor for a change the platform made itself", async () => {
    const unconnected = await makeStore();
    const { order } = await createOrder(orderInput(unconnected), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
    expect(await notificationsOf(order.id)).toEqual([]);

    const storeId = await connectedStore();
    const { order: other } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await cancelOrder({ orderId: other.id, reason: { code: "CUSTOMER_REQUEST", message: "" }, actor: { type: "platform", id: "doordash", name: "DoorDash" } });
    expect(await notificationsOf(other.id)).toEqual([]);
  });
});

describe("the store's own channels", () => {
  it("hear of a direct order's changes at the store's own endpoint, and the marketplaces hear nothing of it", async () => {
    const storeId = await connectedStore();
    await saveConnection({ storeId, platform: "direct", enabled: true, endpointUrl: `${receiver!.url}/direct`, signingSecrets: [secret], acceptDeadlineMinutes: 10 }, staff);
    const { order } = await createOrder(orderInput(storeId, { platform: "direct", channel: "kiosk", fulfillment: { type: "pickup" } }), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 12, actor: staff });
    await advanceOrder({ orderId: order.id, to: "ready", actor: staff });
    await drainUntilSettled(dispatcher());

    expect(receiver!.received.map((r) => [r.path, r.body?.type, r.verified])).toEqual([
      ["/direct", "order.accepted", true],
      ["/direct", "order.ready", true],
    ]);
    expect(receiver!.received[0]!.body).toMatchObject({ data: { order_id: order.externalId, prep_minutes: 12 } });
  });
});

describe("a store's own news", () => {
  it("tells each connected platform of an 86 by its own id for the item, of busy mode, and of a pause only those paused, in order, through failures", async () => {
    const storeId = await connectedStore((index) => (index < 2 ? { status: 503 } : { status: 200 }));
    await saveConnection({ storeId, platform: "uber_eats", enabled: true, endpointUrl: `${receiver!.url}/uber_eats`, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
    const fries = await addMenuItem(storeId, ZMenuItemInput.parse({ name: "Fries", price_cents: 400, platform_ids: { doordash: "dd-fries", uber_eats: "ue-fries" } }));
    const pausedAt = clock;
    await setItemAvailability(storeId, fries.id, { available: false }, staff, clock);
    await setPause(storeId, { paused: true, platforms: ["doordash"], reason: "Oven down", minutes: 15 }, staff, clock);
    await setPause(storeId, { paused: false }, staff, clock);
    await setBusy(storeId, { minutes: 20, forMinutes: 60 }, staff, clock);
    await drainUntilSettled(dispatcher({ backoffMs: () => 1_000 }));

    const delivered = (path: string) => receiver!.received.filter((r) => r.path === path && r.status === 200).map((r) => r.body);
    expect(delivered("/doordash")).toEqual([
      expect.objectContaining({ type: "item.unavailable", data: { store_id: storeId, item_id: "dd-fries", merchant_supplied_id: String(fries.id), name: "Fries", unavailable_until: null } }),
      expect.objectContaining({ type: "store.paused", data: { store_id: storeId, reason: "Oven down", paused_until: new Date(pausedAt + 15 * 60_000).toISOString() } }),
      expect.objectContaining({ type: "store.resumed", data: { store_id: storeId } }),
      expect.objectContaining({ type: "store.busy", data: { store_id: storeId, extra_minutes: 20, busy_until: new Date(pausedAt + 60 * 60_000).toISOString() } }),
    ]);
    expect(delivered("/uber_eats")).toEqual([
      expect.objectContaining({ type: "item.unavailable", data: expect.objectContaining({ item_id: "ue-fries" }) }),
      expect.objectContaining({ type: "store.busy", data: expect.objectContaining({ extra_minutes: 20 }) }),
    ]);
    expect(receiver!.received.filter((r) => r.status === 503)).toHaveLength(2);
    expect(receiver!.received.every((r) => r.verified)).toBe(true);
    expect((await allNotifications()).every((row) => row.state === "sent" && row.orderId === null)).toBe(true);
  });

  it("shows a store's news the platform is not taking on the board, beside the orders' updates", async () => {
    const storeId = await connectedStore(() => ({ status: 500 }));
    await setPause(storeId, { paused: true }, staff, clock);
    const d = dispatcher({ backoffMs: () => 60_000 });
    await d.drain();
    clock += FAILING_ALERT_MS;
    expect((await integrationStatus(storeId, { detailed: true, now: clock })).failing).toEqual([
      expect.objectContaining({ orderId: null, shortCode: null, platform: "doordash", type: "store.paused", state: "pending", attempts: 1 }),
    ]);
  });
});

describe("the dispatcher", () => {
  it("retries through failures: exactly one successful delivery per change, in order, each signed", async () => {
    const storeId = await connectedStore((index) => (index < 3 ? { status: 503, body: "busy" } : { status: 200 }));
    const order = await walkedOrder(storeId);
    await drainUntilSettled(dispatcher({ backoffMs: () => 1_000 }));

    const delivered = receiver!.received.filter((r) => r.status === 200);
    expect(delivered.map((r) => r.body?.type)).toEqual(["order.accepted", "order.prep_time_changed", "order.ready", "order.picked_up"]);
    expect(new Set(delivered.map((r) => r.webhookId)).size).toBe(4);
    expect(receiver!.received.every((r) => r.verified)).toBe(true);
    // The three failures were the first notification, sent again under the same webhook id.
    expect(receiver!.received.slice(0, 4).map((r) => [r.status, r.webhookId])).toEqual([
      [503, delivered[0]!.webhookId],
      [503, delivered[0]!.webhookId],
      [503, delivered[0]!.webhookId],
      [200, delivered[0]!.webhookId],
    ]);
    const [first] = (await notificationsOf(order.id)).reverse();
    expect(first).toMatchObject({ state: "sent", attempts: 4, lastError: null });
    expect(first!.attemptLog.map((a) => a.statusCode)).toEqual([503, 503, 503, 200]);

    // Nothing is left to send: another pass sends nothing twice.
    await dispatcher().drain();
    expect(receiver!.received).toHaveLength(7);
  });

  it("dead-letters a notification the platform never takes, with every attempt recorded, and a manager can retry it", async () => {
    const storeId = await connectedStore(() => ({ status: 500, body: "down: db at 10.0.0.5:5432 refused user admin" }));
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
    await drainUntilSettled(dispatcher());

    const [notification] = await notificationsOf(order.id);
    // Only the status is kept: what the receiver says never reaches a screen.
    expect(notification).toMatchObject({ state: "dead", lastStatusCode: 500, lastError: "HTTP 500" });
    expect(JSON.stringify(notification)).not.toContain("10.0.0.5");
    expect(notification!.attempts).toBeGreaterThan(2);
    expect(notification!.attemptLog).toHaveLength(notification!.attempts);
    expect(notification!.firstFailedAt).not.toBeNull();
    // The accept is time-critical: retrying stops at the platform's 8-minute accept deadline.
    expect(notification!.giveUpAt).toBe(order.placedAt + 8 * 60_000);

    await retryNotification(notification!.id, clock);
    expect((await notificationsOf(order.id))[0]).toMatchObject({ state: "pending", attempts: notification!.attempts, firstFailedAt: null });
  });

  it("stops at once on a refusal that will not change, but retries 408, 409 and 429, honouring Retry-After", async () => {
    const replies: ReceiverReply[] = [{ status: 429, headers: { "retry-after": "30" } }, { status: 400, body: "unknown order" }];
    const storeId = await connectedStore((index) => replies[index] ?? { status: 200 });
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
    const d = dispatcher({ backoffMs: () => 1_000 });

    clock = Date.now();
    await d.drain();
    const [afterLimit] = await notificationsOf(order.id);
    expect(afterLimit).toMatchObject({ state: "pending", attempts: 1, lastStatusCode: 429, nextAttemptAt: clock + 30_000 });

    clock += 30_000;
    await d.drain();
    expect((await notificationsOf(order.id))[0]).toMatchObject({ state: "dead", attempts: 2, lastStatusCode: 400, lastError: "HTTP 400" });
  });

  it("gives up on an attempt the platform does not answer within the timeout, and tries again", async () => {
    const silent = http.createServer(() => {
      // Takes the request and never answers.
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const storeId = await makeStore();
      const { port } = silent.address() as AddressInfo;
      await saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: `http://127.0.0.1:${port}/doordash`, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
      const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
      await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
      clock = Date.now();
      await dispatcher({ timeoutMs: 200, backoffMs: () => 1_000 }).drain();
      expect((await notificationsOf(order.id))[0]).toMatchObject({ state: "pending", attempts: 1, lastStatusCode: null, lastError: "No answer within 0.2 s", nextAttemptAt: clock + 1_000 });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("stopping lets a send under way finish and be recorded, and takes nothing more", async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let requests = 0;
    const slow = http.createServer((_request, response) => {
      requests++;
      void answered.then(() => response.end());
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const storeId = await makeStore();
      const { port } = slow.address() as AddressInfo;
      await saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: `http://127.0.0.1:${port}/doordash`, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
      const first = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
      const second = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
      const live = createDispatcher();
      live.start();
      await acceptOrder({ orderId: first!.id, prepMinutes: 10, actor: staff });
      await vi.waitFor(() => expect(requests).toBe(1));

      const stopped = live.stop();
      await acceptOrder({ orderId: second!.id, prepMinutes: 10, actor: staff });
      answer();
      await stopped;
      expect((await notificationsOf(first!.id))[0]).toMatchObject({ state: "sent", attempts: 1, lastStatusCode: 200 });
      expect((await notificationsOf(second!.id))[0]).toMatchObject({ state: "pending", attempts: 0 });
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it("loses nothing across a restart: pending and mid-send notifications are all delivered once by the next process", async () => {
    // The platform is unreachable while the first process runs.
    const storeId = await makeStore();
    const closed = await startReceiver({ secrets: [secret] });
    await closed.close();
    await saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: `${closed.url}/doordash`, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
    const orders: OrderView[] = [];
    for (let i = 0; i < 3; i++) orders.push((await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order);
    for (const order of orders.slice(0, 2)) await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });

    const first = dispatcher({ backoffMs: () => 1_000 });
    clock = Date.now();
    await first.drain();
    expect((await allNotifications()).map((row) => [row.state, row.attempts, row.lastError])).toEqual([
      ["pending", 1, "ECONNREFUSED"],
      ["pending", 1, "ECONNREFUSED"],
    ]);
    await first.stop();

    // A third change is claimed by a process that dies before sending it.
    await acceptOrder({ orderId: orders[2]!.id, prepMinutes: 10, actor: staff });
    clock = Date.now();
    expect(await claimDueNotifications(clock, 10, 5_000)).toHaveLength(1);

    // The next process, with the platform back.
    receiver = await startReceiver({ secrets: [secret] });
    await saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: `${receiver.url}/doordash`, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
    clock += 5_000;
    await dispatcher().drain();
    expect((await allNotifications()).map((row) => row.state)).toEqual(["sent", "sent", "sent"]);
    expect(receiver.received.map((r) => r.body?.data?.order_id).sort()).toEqual(orders.map((o) => o.externalId).sort());
    expect((await getDb().select().from(notificationAttempts)).filter((a) => a.statusCode === 200)).toHaveLength(3);
  });

  it("instances claiming at the same moment never take the same notification", async () => {
    const storeId = await makeStore();
    await saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: "http://127.0.0.1:9/doordash", signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
    for (let i = 0; i < 12; i++) {
      const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
      await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
    }
    clock = Date.now();
    const claims = await Promise.all(Array.from({ length: 4 }, () => claimDueNotifications(clock, 3, 10_000)));
    const ids = claims.flat().map((claimed) => claimed.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it("a running dispatcher is woken by the commit itself, not by its poll for retries", async () => {
    clock = NaN;
    const storeId = await connectedStore();
    const live = createDispatcher({ pollMs: 60 * 60_000 });
    dispatchers.push(live);
    live.start();
    // The first look at start-up finds nothing; from here only a wake-up can send.
    await live.drain();
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
    await expect.poll(() => receiver!.received.map((r) => r.body?.type), { timeout: 5_000 }).toEqual(["order.accepted"]);
  });

  it("dead-letters at once the notification of a store that has since disconnected the platform", async () => {
    const storeId = await connectedStore();
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
    await saveConnection({ storeId, platform: "doordash", enabled: false, endpointUrl: `${receiver!.url}/doordash`, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
    clock = Date.now();
    await dispatcher({ backoffMs: () => 1_000 }).drain();
    expect((await notificationsOf(order.id))[0]).toMatchObject({ state: "dead", attempts: 1, lastError: "The platform is no longer connected for this store" });
    expect(receiver!.received).toEqual([]);
  });
});

describe("destinations inside the network", () => {
  it("are refused when an admin saves them, unless the deployment names them", async () => {
    const storeId = await makeStore();
    vi.stubEnv("ORDERBOARD_PRIVATE_ENDPOINTS", "");
    try {
      for (const endpoint of ["http://127.0.0.1:8080/x", "http://localhost:3000/api/trpc", "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://10.1.2.3/x", "http://user:pw@example.com/x"]) {
        const save = saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: endpoint, signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff);
        await expect(save, endpoint).rejects.toThrow(InvalidRequest);
      }
      vi.stubEnv("ORDERBOARD_PRIVATE_ENDPOINTS", "127.0.0.1:4319");
      expect((await saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: "http://127.0.0.1:4319/doordash", signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff)).connected).toBe(true);
      await expect(saveConnection({ storeId, platform: "doordash", enabled: true, endpointUrl: "http://127.0.0.1:4320/doordash", signingSecrets: [secret], acceptDeadlineMinutes: 8 }, staff)).rejects.toThrow(InvalidRequest);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("are never connected to when sending, even if saved before the rule: dead-lettered with nothing sent", async () => {
    const storeId = await connectedStore();
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: staff });
    vi.stubEnv("ORDERBOARD_PRIVATE_ENDPOINTS", "");
    clock = Date.now();
    try {
      await dispatcher({ backoffMs: () => 1_000 }).drain();
    } finally {
      vi.unstubAllEnvs();
    }
    expect((await notificationsOf(order.id))[0]).toMatchObject({ state: "dead", attempts: 1, lastError: expect.stringMatching(/^Refused: 127\.0\.0\.1 is not a public address/) });
    expect(receiver!.received).toEqual([]);
  });

  it("are refused after DNS resolution: a name that resolves inside fails the connection", async () => {
    const lookup = publicOnlyLookup(new URL("http://localhost/"))!;
    const error = await new Promise<Error | null>((resolve) => lookup("localhost", {}, (failure) => resolve(failure)));
    expect(error).toBeInstanceOf(DestinationRefused);
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    for (const address of ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});
