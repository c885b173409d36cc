import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { platformNotifications, quarantinedDeliveries } from "@/db/schema";
import { newSigningSecret } from "@/server/integrations/signature";
import { makeStore, orderInput } from "@/test-support/orders";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { dismissQuarantined, integrationStatus } from "./integration-alerts";
import { notificationsOf } from "./outbox";
import { saveConnection } from "./platform-connections";

async function storeWithFailingNotification(firstFailedMinutesAgo: number, now: number, state: "pending" | "dead" = "pending") {
  const storeId = await makeStore();
  await saveConnection({ storeId, platform: "grubhub", enabled: true, endpointUrl: "http://127.0.0.1:9/gh", signingSecrets: [newSigningSecret()], acceptDeadlineMinutes: 7.5 }, SYSTEM_ACTOR);
  const { order } = await createOrder(orderInput(storeId, { platform: "grubhub" }), SYSTEM_ACTOR);
  await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
  const [notification] = await notificationsOf(order.id);
  await getDb()
    .update(platformNotifications)
    .set({ state, attempts: 3, firstFailedAt: now - firstFailedMinutesAgo * 60_000, lastError: "ECONNREFUSED" })
    .where(eq(platformNotifications.id, notification!.id));
  return { storeId, order };
}

describe("the board's platform status", () => {
  const now = Date.now();

  it("shows a notification failing for more than two minutes, not one that only just failed", async () => {
    const failing = await storeWithFailingNotification(3, now);
    expect((await integrationStatus(failing.storeId, { detailed: true, now })).failing).toEqual([
      expect.objectContaining({ shortCode: failing.order.shortCode, platform: "grubhub", type: "order.accepted", state: "pending", lastError: "ECONNREFUSED" }),
    ]);
    expect((await integrationStatus((await storeWithFailingNotification(1, now)).storeId, { detailed: true, now })).failing).toEqual([]);
  });

  it("keeps the diagnostics (the error, attempts, what arrived) for those who manage the store", async () => {
    const failing = await storeWithFailingNotification(3, now);
    await getDb().insert(quarantinedDeliveries).values({ platform: "doordash", webhookId: "msg_staff", storeId: failing.storeId, reason: "order.items: Required", body: '{"secret":1}', receivedAt: now });
    const forStaff = await integrationStatus(failing.storeId, { detailed: false, now });
    expect(forStaff.failing).toEqual([expect.objectContaining({ shortCode: failing.order.shortCode, lastError: null, attempts: null })]);
    expect(forStaff.quarantined).toEqual([expect.objectContaining({ platform: "doordash", reason: null, body: null })]);
  });

  it("shows a dead-lettered notification whatever its age of failure", async () => {
    expect((await integrationStatus((await storeWithFailingNotification(0, now, "dead")).storeId, { detailed: true, now })).failing).toHaveLength(1);
  });

  it("gives each platform's accept window: the store's own where set, the platform's default elsewhere", async () => {
    const { storeId } = await storeWithFailingNotification(0, now);
    expect((await integrationStatus(storeId, { detailed: true, now })).acceptDeadlines).toEqual({ doordash: 480, uber_eats: 690, grubhub: 450, luladirect: 900, direct: 600 });
  });

  it("lists unreadable deliveries until a manager dismisses them", async () => {
    const storeId = await makeStore();
    const [row] = await getDb()
      .insert(quarantinedDeliveries)
      .values({ platform: "doordash", webhookId: "msg_1", storeId, reason: "order.items: Required", body: "{}", receivedAt: now })
      .returning();
    const id = row!.id;
    expect((await integrationStatus(storeId, { detailed: true, now })).quarantined.map((row) => row.id)).toEqual([id]);
    await dismissQuarantined(id, { type: "employee", id: "3", name: "Maya" });
    expect((await integrationStatus(storeId, { detailed: true, now })).quarantined).toEqual([]);
    expect((await getDb().select().from(quarantinedDeliveries).where(eq(quarantinedDeliveries.id, id)))[0]).toMatchObject({ dismissedBy: "Maya" });
  });
});
