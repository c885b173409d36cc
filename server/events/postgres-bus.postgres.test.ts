import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { acceptOrder } from "@/server/services/accept-order";
import { createOrder } from "@/server/services/create-order";
import { makeStore, orderInput } from "@/test-support/orders";
import type { OrderEventMessage } from "./bus";
import { eventBus } from "./bus";
import { postgresTransport } from "./postgres-bus";

describe("live events across instances (LISTEN/NOTIFY)", () => {
  it("hands another instance every event this one commits, once, in id order, with the same ids and orders", async () => {
    const heard: OrderEventMessage[] = [];
    const other = postgresTransport(process.env.DATABASE_URL!, (message) => void ("order" in message && heard.push(message)));
    await other.ready;
    try {
      const storeId = await makeStore();
      const made = [];
      for (let i = 0; i < 5; i++) made.push((await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order);
      const accepted = await acceptOrder({ orderId: made[0]!.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
      await expect.poll(() => heard.length).toBe(6);
      const ids = heard.map((message) => message.event.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(heard.at(-1)!.event.id).toBe(accepted.event.id);
      expect(heard.at(-1)!.order).toMatchObject({ id: made[0]!.id, status: "accepted", version: 2 });
      expect(heard.slice(0, 5).map((message) => message.order.id)).toEqual(made.map((order) => order.id));
    } finally {
      await other.stop();
    }
  });

  it("hands this instance's own boards its events through the same path, in order", async () => {
    const storeId = await makeStore();
    const controller = new AbortController();
    const live = eventBus().listen(controller.signal)[Symbol.asyncIterator]();
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const accepted = await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
    const first = await live.next();
    const second = await live.next();
    controller.abort();
    expect([first.value?.event.type, second.value?.event.type]).toEqual(["created", "accepted"]);
    expect(second.value?.event.id).toBe(accepted.event.id);
  });
});
