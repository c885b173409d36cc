import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { platformNotifications, webhookDeliveries } from "@/db/schema";
import { startReceiver } from "@/server/demo/notification-receiver";
import { InvalidRequest } from "@/server/domain/errors";
import { newSigningSecret } from "@/server/integrations/signature";
import { makeStore, orderInput } from "@/test-support/orders";
import { rejected } from "@/test-support/refusals";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { listConnections, saveConnection, sendTestNotification } from "./platform-connections";

const connect = (storeId: string, endpointUrl: string | null, secret = newSigningSecret()) =>
  saveConnection({ storeId, platform: "grubhub", enabled: true, endpointUrl, signingSecrets: [secret], acceptDeadlineMinutes: 7.5 }, SYSTEM_ACTOR);

describe("the admin's view of a connection", () => {
  it("gives the last delivery each way and since when notifications have been failing", async () => {
    const storeId = await makeStore();
    await connect(storeId, "http://127.0.0.1:9/gh");
    const find = async () => (await listConnections()).find((row) => row.store.id === storeId)!.connections.find((c) => c.platform === "grubhub")!;
    expect(await find()).toMatchObject({ connected: true, lastReceivedAt: null, lastSentAt: null, failingSince: null });

    await getDb().insert(webhookDeliveries).values([
      { platform: "grubhub" as const, webhookId: `msg_${storeId}_1`, storeId, outcome: "applied" as const, receivedAt: 1_000 },
      { platform: "grubhub" as const, webhookId: `msg_${storeId}_2`, storeId, outcome: "applied" as const, receivedAt: 5_000 },
    ]);
    const { order } = await createOrder(orderInput(storeId, { platform: "grubhub" }), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
    await getDb().update(platformNotifications).set({ firstFailedAt: 7_000 }).where(eq(platformNotifications.storeId, storeId));
    expect(await find()).toMatchObject({ lastReceivedAt: 5_000, lastSentAt: null, failingSince: 7_000 });

    await getDb().update(platformNotifications).set({ state: "sent", sentAt: 9_000 }).where(eq(platformNotifications.storeId, storeId));
    expect(await find()).toMatchObject({ lastSentAt: 9_000, failingSince: null });
  });
});

describe("sending a test notification", () => {
  it("posts a signed test the endpoint can verify, and says what came back", async () => {
    const secret = newSigningSecret();
    const receiver = await startReceiver({ secrets: [secret] });
    try {
      const storeId = await makeStore();
      await connect(storeId, `${receiver.url}/grubhub`, secret);
      expect(await sendTestNotification(storeId, "grubhub")).toEqual({ delivered: true, status: 200, error: null });
      expect(receiver.received.map((n) => [n.path, n.verified, n.body?.type, n.body?.data])).toEqual([["/grubhub", true, "test", { store_id: storeId, platform: "grubhub" }]]);

      // Signed with a secret the receiver does not hold: it refuses, and the admin is told.
      await connect(storeId, `${receiver.url}/grubhub`);
      expect(await sendTestNotification(storeId, "grubhub")).toEqual({ delivered: false, status: 401, error: null });
    } finally {
      await receiver.close();
    }
  });

  it("reports an endpoint that does not answer, and refuses a connection with no endpoint", async () => {
    const storeId = await makeStore();
    await connect(storeId, "http://127.0.0.1:9/gh");
    expect(await sendTestNotification(storeId, "grubhub")).toEqual({ delivered: false, status: null, error: "ECONNREFUSED" });
    await connect(storeId, null);
    expect(await rejected(sendTestNotification(storeId, "grubhub"))).toBeInstanceOf(InvalidRequest);
    expect(await rejected(sendTestNotification(storeId, "doordash"))).toBeInstanceOf(InvalidRequest);
  });
});
