import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders, quarantinedDeliveries, stores } from "@/db/schema";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/server/domain/platforms";
import { ADAPTERS } from "@/server/integrations/adapters";
import { WEBHOOK_EXAMPLES, type ExampleName } from "@/server/integrations/examples";
import { newSigningSecret, signedHeaders } from "@/server/integrations/signature";
import { freshDelivery } from "@/server/demo/webhook-templates";
import { acceptOrder } from "@/server/services/accept-order";
import { advanceOrder } from "@/server/services/move-order";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { saveConnection } from "@/server/services/platform-connections";
import { breakTable, deliveryCounts, eventsOf } from "@/test-support/db-state";
import { endlessBody, streamingPost } from "@/test-support/endless-body";
import { orderInput } from "@/test-support/orders";
import { POST } from "./route";

// The recorded payloads name the demo's stores, so this file's own database has them.
for (const id of ["mission", "oak-park"]) await getDb().insert(stores).values({ id, name: id, timezone: "America/Los_Angeles", createdAt: Date.now() });
const admin = { type: "employee" as const, id: "1", name: "Ada" };
const missionSecret = newSigningSecret();
const oakParkSecret = newSigningSecret();
for (const platform of PLATFORMS) {
  await saveConnection({ storeId: "mission", platform, enabled: true, endpointUrl: null, signingSecrets: [missionSecret], acceptDeadlineMinutes: 10 }, admin);
  await saveConnection({ storeId: "oak-park", platform, enabled: true, endpointUrl: null, signingSecrets: [oakParkSecret], acceptDeadlineMinutes: 10 }, admin);
}

type Delivery = { body?: string; secret?: string; id?: string; at?: number; headers?: Record<string, string> };

async function deliver(platform: string, { body = "{}", secret = missionSecret, id = `msg_${randomUUID()}`, at = Date.now(), headers = {} }: Delivery = {}) {
  const response = await POST(
    new Request(`http://localhost/api/webhooks/${platform}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...signedHeaders([secret], id, body, at), ...headers },
    }),
    { params: Promise.resolve({ platform }) },
  );
  return { status: response.status, body: await response.json(), id };
}

/** A recorded payload with its ids made unique to the test, so every test has orders of its own. */
const example = (platform: Platform, name: ExampleName, orderKey: string) => freshDelivery(platform, name, { orderId: orderKey, storeId: "mission" });

const orderNamed = async (platform: Platform, externalId: string) =>
  (await getDb().select().from(orders).where(eq(orders.externalId, externalId))).find((order) => order.platform === platform);

describe("POST /api/webhooks/:platform", () => {
  it.each(PLATFORMS)("%s: a signed order comes in once, whether the same delivery or the same order is sent again", async (platform) => {
    const key = `order-${randomUUID()}`;
    const first = await deliver(platform, { body: example(platform, "order-placed", key) });
    expect(first).toMatchObject({ status: 200, body: { received: true, outcome: "applied", duplicate: false } });
    const order = (await orderNamed(platform, key))!;
    expect(order).toMatchObject({ storeId: "mission", status: "incoming" });
    expect((await eventsOf(order.id)).map((e) => [e.type, e.actorType, e.actorId])).toEqual([["created", "platform", platform]]);

    const before = await deliveryCounts();
    expect(await deliver(platform, { body: example(platform, "order-placed", key), id: first.id })).toMatchObject({
      status: 200,
      body: { outcome: "applied", duplicate: true, order_id: order.id },
    });
    expect(await deliveryCounts()).toEqual(before);

    const again = await deliver(platform, { body: example(platform, "order-placed", key) });
    expect(again.body).toMatchObject({ outcome: "unchanged", duplicate: false, order_id: order.id });
    expect(await deliveryCounts()).toEqual({ ...before, deliveries: before.deliveries + 1 });
  });

  it.each(PLATFORMS)("%s: a courier arriving for an accepted order is recorded once, and an earlier status cannot undo it", async (platform) => {
    const key = `order-${randomUUID()}`;
    await deliver(platform, { body: example(platform, "order-placed", key) });
    const order = (await orderNamed(platform, key))!;
    await acceptOrder({ orderId: order.id, prepMinutes: 15, actor: SYSTEM_ACTOR });

    expect((await deliver(platform, { body: example(platform, "courier-arrived", key) })).body.outcome).toBe("applied");
    expect(await orderNamed(platform, key)).toMatchObject({ status: "accepted", courierStatus: "arrived_at_store" });
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({ type: "courier_updated", actorType: "platform", data: { courierStatus: "arrived_at_store" } });

    expect((await deliver(platform, { body: example(platform, "courier-arrived", key) })).body).toMatchObject({ outcome: "unchanged", detail: "Already up to date" });
    const late = ADAPTER_EARLIER[platform](key);
    expect((await deliver(platform, { body: late })).body.outcome).toBe("unchanged");
    expect((await orderNamed(platform, key))?.courierStatus).toBe("arrived_at_store");
  });

  it.each(PLATFORMS)("%s: a cancellation from the platform cancels with its reason, and tells the platform nothing back", async (platform) => {
    const key = `order-${randomUUID()}`;
    await deliver(platform, { body: example(platform, "order-placed", key) });
    const before = await deliveryCounts();
    expect((await deliver(platform, { body: example(platform, "order-cancelled", key) })).body.outcome).toBe("applied");
    const order = (await orderNamed(platform, key))!;
    expect(order.status).toBe("cancelled");
    expect(order.reasonCode).not.toBeNull();
    expect((await deliveryCounts()).notifications).toBe(before.notifications);
    expect((await deliver(platform, { body: example(platform, "order-cancelled", key) })).body).toMatchObject({ outcome: "unchanged", detail: "Already cancelled" });
  });

  it.each(PLATFORMS)("%s: an update changes only what the platform changed, with a line in the timeline", async (platform) => {
    const key = `order-${randomUUID()}`;
    await deliver(platform, { body: example(platform, "order-placed", key) });
    const update = example(platform, "order-updated", key);
    expect((await deliver(platform, { body: update })).body.outcome).toBe("applied");
    const order = (await orderNamed(platform, key))!;
    const last = (await eventsOf(order.id)).at(-1)!;
    expect(last.type).toBe("platform_updated");
    expect((last.data?.changes as string[]).length).toBeGreaterThan(0);
    expect((await deliver(platform, { body: update })).body.outcome).toBe("unchanged");
  });

  it.each(PLATFORMS)("%s: a customer's arrival raises the board's alarm once, as the customer via the platform", async (platform) => {
    const key = `order-${randomUUID()}`;
    const { order } = await createOrder(orderInput("mission", { platform, external_id: key, channel: "web", fulfillment: { type: "curbside" } }), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR });

    expect((await deliver(platform, { body: example(platform, "customer-arrived", key) })).body).toMatchObject({ outcome: "applied", order_id: order.id });
    expect(await orderNamed(platform, key)).toMatchObject({ status: "accepted", customerArrivedAt: expect.any(Number), arrivalNote: expect.stringMatching(/^spot .+ · .+/) });
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({ type: "customer_arrived", actorType: "platform", actorName: `Customer via ${PLATFORM_LABELS[platform]}` });
    expect((await deliver(platform, { body: example(platform, "customer-arrived", key) })).body).toMatchObject({ outcome: "unchanged", detail: "Already up to date" });
  });

  it("a customer's arrival for an order that is delivered changes nothing and says why", async () => {
    const key = `order-${randomUUID()}`;
    await deliver("doordash", { body: example("doordash", "order-placed", key) });
    expect((await deliver("doordash", { body: example("doordash", "customer-arrived", key) })).body).toMatchObject({
      outcome: "unchanged",
      detail: expect.stringMatching(/nobody comes to the store/),
    });
    expect((await orderNamed("doordash", key))?.customerArrivedAt).toBeNull();
  });

  it.each(PLATFORMS)("%s: a failed handover ends the order as failed with the platform's outcome and reason, told nothing back", async (platform) => {
    const key = `order-${randomUUID()}`;
    await deliver(platform, { body: example(platform, "order-placed", key) });
    const order = (await orderNamed(platform, key))!;
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
    const failure = ADAPTERS[platform].adapt(JSON.parse(example(platform, "handover-failed", key)));
    if (!failure.ok || failure.event.kind !== "handover_failed") throw new Error(`${platform}'s example is not a failed handover`);
    // A delivery fails only once the courier has the order.
    if (failure.event.outcome === "delivery_failed") {
      await advanceOrder({ orderId: order.id, to: "ready", actor: SYSTEM_ACTOR });
      await advanceOrder({ orderId: order.id, to: "picked_up", actor: SYSTEM_ACTOR });
    }
    const before = await deliveryCounts();

    expect((await deliver(platform, { body: example(platform, "handover-failed", key) })).body.outcome).toBe("applied");
    expect(await orderNamed(platform, key)).toMatchObject({ status: "failed", outcome: failure.event.outcome, reasonMessage: failure.event.reason });
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({ type: "handover_failed", toStatus: "failed", actorType: "platform" });
    expect((await deliveryCounts()).notifications).toBe(before.notifications);
    expect((await deliver(platform, { body: example(platform, "handover-failed", key) })).body).toMatchObject({ outcome: "unchanged", detail: "Already failed" });
  });

  it("a failed delivery reported for an order still in the kitchen changes nothing and says why", async () => {
    const key = `order-${randomUUID()}`;
    await deliver("luladirect", { body: example("luladirect", "order-placed", key) });
    expect((await deliver("luladirect", { body: example("luladirect", "handover-failed", key) })).body).toMatchObject({
      outcome: "unchanged",
      detail: expect.stringMatching(/picked up/),
    });
    expect((await orderNamed("luladirect", key))?.status).toBe("incoming");
  });

  it("direct: the store's own channel must name itself; an order that does not is quarantined, not taken", async () => {
    const key = `order-${randomUUID()}`;
    const body = example("direct", "order-placed", key).replace('"channel":"web",', "");
    expect((await deliver("direct", { body })).body).toMatchObject({ outcome: "quarantined", detail: expect.stringMatching(/channel/) });
    expect(await orderNamed("direct", key)).toBeUndefined();
  });

  it("new instructions on an order the kitchen has started wait on every tablet until acknowledged", async () => {
    const key = `order-${randomUUID()}`;
    await deliver("luladirect", { body: example("luladirect", "order-placed", key) });
    const order = (await orderNamed("luladirect", key))!;
    await acceptOrder({ orderId: order.id, prepMinutes: 15, actor: SYSTEM_ACTOR });
    await deliver("luladirect", { body: example("luladirect", "order-updated", key) });
    expect(await orderNamed("luladirect", key)).toMatchObject({
      specialInstructions: "Gate code changed to 4321",
      unacknowledgedChanges: [expect.objectContaining({ by: "LulaDirect", reason: "Changed by the platform", changes: ["Note: Gate code changed to 4321"] })],
    });
  });

  it("a courier leaving with a ready order moves it to picked up, and its dropoff completes it, telling the platform nothing back", async () => {
    const key = `order-${randomUUID()}`;
    await deliver("luladirect", { body: example("luladirect", "order-placed", key) });
    const order = (await orderNamed("luladirect", key))!;
    await acceptOrder({ orderId: order.id, prepMinutes: 15, actor: SYSTEM_ACTOR });
    await advanceOrder({ orderId: order.id, to: "ready", actor: SYSTEM_ACTOR });
    const before = await deliveryCounts();
    const courier = (status: string) =>
      JSON.stringify({ event_type: "location.order.courier_update", location_id: "mission", data: { order_id: key, courier_status: status } });

    await deliver("luladirect", { body: courier("out_for_delivery") });
    expect(await orderNamed("luladirect", key)).toMatchObject({ status: "picked_up", courierStatus: "out_for_delivery" });
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({ type: "courier_updated", fromStatus: "ready", toStatus: "picked_up", actorType: "platform" });
    await deliver("luladirect", { body: courier("dropoff") });
    expect(await orderNamed("luladirect", key)).toMatchObject({ status: "completed", courierStatus: "dropoff" });
    expect((await deliveryCounts()).notifications).toBe(before.notifications);
  });

  it("a courier's news for a pickup order, or for one still being made, leaves the order where it is", async () => {
    const key = `order-${randomUUID()}`;
    await deliver("luladirect", { body: example("luladirect", "order-placed", key) });
    const order = (await orderNamed("luladirect", key))!;
    await acceptOrder({ orderId: order.id, prepMinutes: 15, actor: SYSTEM_ACTOR });
    await deliver("luladirect", { body: JSON.stringify({ event_type: "location.order.courier_update", location_id: "mission", data: { order_id: key, courier_status: "out_for_delivery" } }) });
    expect(await orderNamed("luladirect", key)).toMatchObject({ status: "accepted", courierStatus: "out_for_delivery" });
  });

  it("names the customer when the customer cancelled through the platform", async () => {
    const key = `order-${randomUUID()}`;
    await deliver("doordash", { body: example("doordash", "order-placed", key) });
    await deliver("doordash", { body: example("doordash", "order-cancelled", key) });
    expect((await eventsOf((await orderNamed("doordash", key))!.id)).at(-1)).toMatchObject({ type: "cancelled", actorName: "Customer via DoorDash", reasonCode: "OTHER" });
  });

  it("stores that share a platform's secret each get their own orders, and all see a delivery nobody could read", async () => {
    const shared = newSigningSecret();
    for (const id of ["north", "south"]) {
      await getDb().insert(stores).values({ id, name: id, timezone: "America/Chicago", createdAt: Date.now() });
      await saveConnection({ storeId: id, platform: "doordash", enabled: true, endpointUrl: null, signingSecrets: [shared], acceptDeadlineMinutes: 8 }, admin);
    }
    const orderId = `order-${randomUUID()}`;
    const placed = await deliver("doordash", { body: freshDelivery("doordash", "order-placed", { orderId, storeId: "south" }), secret: shared });
    expect(placed.body.outcome).toBe("applied");
    expect((await orderNamed("doordash", orderId))?.storeId).toBe("south");

    const unreadable = await deliver("doordash", { body: JSON.stringify(WEBHOOK_EXAMPLES.doordash.malformed), secret: shared });
    const kept = (await getDb().select().from(quarantinedDeliveries).where(eq(quarantinedDeliveries.webhookId, unreadable.id)));
    expect(kept.map((row) => row.storeId).sort()).toEqual(["north", "south"]);
  });

  describe("signatures", () => {
    it.each(PLATFORMS)("%s: refuses a missing signature, another secret, a tampered body, an old timestamp, and writes nothing", async (platform) => {
      const body = example(platform, "order-placed", `order-${randomUUID()}`);
      const before = await deliveryCounts();
      const unsigned = await POST(
        new Request(`http://localhost/api/webhooks/${platform}`, { method: "POST", body, headers: { "content-type": "application/json" } }),
        { params: Promise.resolve({ platform }) },
      );
      expect(unsigned.status).toBe(401);
      expect(await unsigned.json()).toMatchObject({ error: { code: "BAD_SIGNATURE" } });
      expect((await deliver(platform, { body, secret: newSigningSecret() })).status).toBe(401);
      const tampered = await deliver(platform, { body, headers: signedHeaders([missionSecret], "msg_tampered", body.replace(/"mission"/, '"oak-park"')) });
      expect(tampered.status).toBe(401);
      const old = await deliver(platform, { body, at: Date.now() - 6 * 60_000 });
      expect(old).toMatchObject({ status: 401, body: { error: { message: expect.stringContaining("5 minutes") } } });
      expect(await deliveryCounts()).toEqual(before);
    });

    it("takes deliveries signed with the retiring secret while a rotation is under way", async () => {
      const next = newSigningSecret();
      await saveConnection({ storeId: "oak-park", platform: "grubhub", enabled: true, endpointUrl: null, signingSecrets: [next, oakParkSecret], acceptDeadlineMinutes: 10 }, admin);
      const placed = (key: string) => example("grubhub", "order-placed", key).replace('"restaurant_id":"mission"', '"restaurant_id":"oak-park"');
      expect((await deliver("grubhub", { body: placed(`order-${randomUUID()}`), secret: oakParkSecret })).body.outcome).toBe("applied");
      expect((await deliver("grubhub", { body: placed(`order-${randomUUID()}`), secret: next })).body.outcome).toBe("applied");
      await saveConnection({ storeId: "oak-park", platform: "grubhub", enabled: true, endpointUrl: null, signingSecrets: [next], acceptDeadlineMinutes: 10 }, admin);
      expect((await deliver("grubhub", { body: placed(`order-${randomUUID()}`), secret: oakParkSecret })).status).toBe(401);
    });

    it("refuses deliveries for a connection an admin has paused", async () => {
      const paused = newSigningSecret();
      await saveConnection({ storeId: "oak-park", platform: "uber_eats", enabled: false, endpointUrl: null, signingSecrets: [paused], acceptDeadlineMinutes: 11.5 }, admin);
      const body = example("uber_eats", "order-placed", `order-${randomUUID()}`).replace('"external_reference_id":"mission"', '"external_reference_id":"oak-park"');
      expect((await deliver("uber_eats", { body, secret: paused })).status).toBe(401);
      await saveConnection({ storeId: "oak-park", platform: "uber_eats", enabled: true, endpointUrl: null, signingSecrets: [oakParkSecret], acceptDeadlineMinutes: 11.5 }, admin);
    });

    it("answers a replayed webhook id as a repeat even when the body differs, changing nothing", async () => {
      const first = await deliver("luladirect", { body: example("luladirect", "order-placed", `order-${randomUUID()}`) });
      const before = await deliveryCounts();
      const replay = await deliver("luladirect", { body: example("luladirect", "order-placed", `order-${randomUUID()}`), id: first.id });
      expect(replay.body).toMatchObject({ duplicate: true });
      expect(await deliveryCounts()).toEqual(before);
    });
  });

  describe("deliveries that cannot be read", () => {
    it.each(PLATFORMS)("%s: the recorded malformed payload is acknowledged and quarantined with its reason and body", async (platform) => {
      const body = JSON.stringify(WEBHOOK_EXAMPLES[platform].malformed);
      const before = await deliveryCounts();
      const response = await deliver(platform, { body });
      expect(response).toMatchObject({ status: 200, body: { outcome: "quarantined", order_id: null } });
      const kept = (await getDb().select().from(quarantinedDeliveries).where(eq(quarantinedDeliveries.webhookId, response.id)))[0];
      expect(kept).toMatchObject({ platform, storeId: "mission", body, dismissedAt: null });
      expect(kept?.reason).toMatch(/: /);
      expect(await deliveryCounts()).toEqual({ ...before, deliveries: before.deliveries + 1, quarantined: before.quarantined + 1 });
    });

    it.each([
      ["money that does not add up", () => example("luladirect", "order-placed", `order-${randomUUID()}`).replace('"total":2882', '"total":9999'), /total_cents is 9999/],
      ["an order for another store, signed with this store's secret", () => example("luladirect", "order-placed", `order-${randomUUID()}`).replace('"location_id":"mission"', '"location_id":"oak-park"'), /names store "oak-park", whose LulaDirect secret did not sign it/],
      ["an event for an order that never came", () => example("luladirect", "courier-arrived", "never-sent"), /No LulaDirect order "never-sent"/],
      ["a body that is not JSON", () => "{not json", /not valid JSON/],
    ])("quarantines %s", async (_case, body, reason) => {
      const response = await deliver("luladirect", { body: body() });
      expect(response.body).toMatchObject({ outcome: "quarantined", detail: expect.stringMatching(reason) });
    });

    it("refuses an unknown platform, another media type and an oversize body before looking at the signature", async () => {
      expect((await deliver("justeat")).status).toBe(404);
      expect((await deliver("doordash", { headers: { "content-type": "text/plain" } })).status).toBe(415);
      expect((await deliver("doordash", { body: JSON.stringify({ pad: "x".repeat(300 * 1024) }) })).status).toBe(413);
    });

    it("stops reading an endless unsigned chunked body at the limit, so it never fills the server's memory", async () => {
      const body = endlessBody();
      const response = await POST(streamingPost("http://localhost/api/webhooks/doordash", body.stream, { "content-type": "application/json" }), {
        params: Promise.resolve({ platform: "doordash" }),
      });
      expect(response.status).toBe(413);
      expect(body.pulled()).toBeLessThanOrEqual(256 * 1024 + 2 * body.chunkBytes);
    });

    it("answers 503 when storage fails, so the platform sends the delivery again, and takes it when it does", async () => {
      const body = example("uber_eats", "order-placed", `order-${randomUUID()}`);
      const restore = await breakTable("webhook_deliveries");
      let failed;
      try {
        failed = await deliver("uber_eats", { body, id: "msg_storage" });
      } finally {
        await restore();
      }
      expect(failed.status).toBe(503);
      expect((await deliver("uber_eats", { body, id: "msg_storage" })).body).toMatchObject({ outcome: "applied", duplicate: false });
    });
  });
});

/** Each platform's way of saying "courier assigned", which comes before "arrived". */
const ADAPTER_EARLIER: Record<Platform, (key: string) => string> = {
  doordash: (key) => JSON.stringify({ event_type: "dasher_status_changed", order_id: key, dasher_status: "dasher_confirmed" }),
  uber_eats: (key) => JSON.stringify({ event_type: "delivery.state_changed", meta: { resource_id: key }, delivery: { state: "ASSIGNED" } }),
  grubhub: (key) => JSON.stringify({ type: "DRIVER_STATUS", order_uuid: key, status: "ASSIGNED" }),
  luladirect: (key) => JSON.stringify({ event_type: "location.order.courier_update", location_id: "mission", data: { order_id: key, courier_status: "dasher_confirmed" } }),
  direct: (key) => JSON.stringify({ type: "order.courier_status", order_id: key, courier_status: "dasher_confirmed" }),
};
