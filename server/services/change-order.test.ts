import { describe, expect, it } from "vitest";
import { transactionScope } from "@/db/engine";
import { eventBus } from "@/server/events/bus";
import { OrderNotFound, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { anotherConnection, eventsOf, writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { acceptOrder } from "./accept-order";
import { acknowledgeOrder } from "./acknowledge-order";
import { SYSTEM_ACTOR, type Actor } from "./actor";
import { cancelOrder, denyOrder } from "./close-order";
import { createOrder } from "./create-order";
import { advanceOrder, recallOrder } from "./move-order";
import { setItemPacked } from "./pack-item";
import type { OrderView } from "./order-views";
import { rejected } from "@/test-support/refusals";

const actor: Actor = { type: "employee", id: "1", name: "Store staff" };

async function newOrder(fulfillment: "delivery" | "pickup" = "delivery") {
  return (await createOrder(orderInput(await makeStore(), { fulfillment: { type: fulfillment } }), SYSTEM_ACTOR)).order;
}


describe("changing an order", () => {
  it("accepts with a prep time: ready-by is that far from acceptance, and the order is acknowledged", async () => {
    const order = await newOrder();
    const { order: accepted, event } = await acceptOrder({ orderId: order.id, expectedVersion: 1, prepMinutes: 15, actor });
    expect(accepted).toMatchObject({ status: "accepted", prepMinutes: 15, version: 2 });
    expect(accepted.readyBy! - accepted.acceptedAt!).toBe(15 * 60_000);
    expect(accepted.acknowledgedAt).not.toBeNull();
    expect(event).toMatchObject({ type: "accepted", fromStatus: "incoming", toStatus: "accepted", actorName: "Store staff", data: { prepMinutes: 15 } });
  });

  it("takes a delivery order through its whole life, one event per change", async () => {
    const order = await newOrder("delivery");
    let version = 1;
    const step = async (run: (v: number) => Promise<{ order: OrderView }>) => {
      const result = await run(version);
      version = result.order.version;
      return result.order;
    };
    await step(async (v) => await acceptOrder({ orderId: order.id, expectedVersion: v, prepMinutes: 10, actor }));
    await step(async (v) => await advanceOrder({ orderId: order.id, expectedVersion: v, to: "bagging", actor }));
    await step(async () => await setItemPacked({ orderId: order.id, itemId: order.items[0]!.id, packed: true, actor }));
    expect((await step(async (v) => await advanceOrder({ orderId: order.id, expectedVersion: v, to: "ready", actor }))).readyAt).not.toBeNull();
    expect((await step(async (v) => await advanceOrder({ orderId: order.id, expectedVersion: v, to: "picked_up", actor }))).finishedAt).not.toBeNull();
    const done = await step(async (v) => await advanceOrder({ orderId: order.id, expectedVersion: v, to: "completed", actor }));
    expect(done).toMatchObject({ status: "completed", version: 7 });
    expect((await eventsOf(order.id)).map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ["created", null, "incoming"],
      ["accepted", "incoming", "accepted"],
      ["advanced", "accepted", "bagging"],
      ["item_packed", null, null],
      ["advanced", "bagging", "ready"],
      ["advanced", "ready", "picked_up"],
      ["advanced", "picked_up", "completed"],
    ]);
  });

  it("completes a pickup order straight from ready, and refuses to let a courier pick it up", async () => {
    const order = await newOrder("pickup");
    await acceptOrder({ orderId: order.id, prepMinutes: 5, actor });
    await advanceOrder({ orderId: order.id, to: "ready", actor });
    const before = await writeCounts();
    expect(await rejected(advanceOrder({ orderId: order.id, to: "picked_up", actor }))).toBeInstanceOf(TransitionRefused);
    expect(await writeCounts()).toEqual(before);
    expect((await advanceOrder({ orderId: order.id, to: "completed", actor })).order.status).toBe("completed");
  });

  it("recalls one step back and clears what the later status had set", async () => {
    const order = await newOrder("delivery");
    await acceptOrder({ orderId: order.id, prepMinutes: 5, actor });
    await advanceOrder({ orderId: order.id, to: "ready", actor });
    await advanceOrder({ orderId: order.id, to: "picked_up", actor });
    const back = await recallOrder({ orderId: order.id, actor });
    expect(back.order).toMatchObject({ status: "ready", finishedAt: null });
    expect(back.event).toMatchObject({ type: "recalled", fromStatus: "picked_up", toStatus: "ready" });
    const again = await recallOrder({ orderId: order.id, actor });
    expect(again.order).toMatchObject({ status: "bagging", readyAt: null });
    expect((await recallOrder({ orderId: order.id, actor })).order.status).toBe("accepted");
    const refusal = await rejected(recallOrder({ orderId: order.id, actor }));
    expect(refusal).toBeInstanceOf(TransitionRefused);
    expect((refusal as TransitionRefused).message).toBe("An accepted order cannot be recalled");
  });

  it("denies and cancels with the reason kept on the order and the event", async () => {
    const denied = await denyOrder({ orderId: (await newOrder()).id, reason: { code: "STORE_CLOSED", message: "" }, actor });
    expect(denied.order).toMatchObject({ status: "denied", reasonCode: "STORE_CLOSED", reasonMessage: null });
    const order = await newOrder();
    await acceptOrder({ orderId: order.id, prepMinutes: 5, actor });
    const cancelled = await cancelOrder({ orderId: order.id, reason: { code: "OTHER", message: "Fryer broke" }, actor });
    expect(cancelled.order).toMatchObject({ status: "cancelled", reasonCode: "OTHER", reasonMessage: "Fryer broke" });
    expect(cancelled.event).toMatchObject({ type: "cancelled", reasonCode: "OTHER", message: "Fryer broke" });
  });

  it("refuses a deny after acceptance and writes nothing, carrying the order as it stands", async () => {
    const order = await newOrder();
    await acceptOrder({ orderId: order.id, prepMinutes: 5, actor });
    const before = await writeCounts();
    const refusal = await rejected(denyOrder({ orderId: order.id, reason: { code: "KITCHEN_BUSY", message: "" }, actor }));
    expect(refusal).toBeInstanceOf(TransitionRefused);
    expect((refusal as TransitionRefused).current).toMatchObject({ id: order.id, status: "accepted", version: 2 });
    expect(await writeCounts()).toEqual(before);
  });

  it("lets one of two tablets win: the other gets a conflict with the fresh order, and nothing is overwritten", async () => {
    const order = await newOrder();
    await acceptOrder({ orderId: order.id, expectedVersion: 1, prepMinutes: 10, actor: { ...actor, name: "Tablet A" } });
    const before = await writeCounts();
    const conflict = await rejected(denyOrder({ orderId: order.id, expectedVersion: 1, reason: { code: "KITCHEN_BUSY", message: "" }, actor: { ...actor, name: "Tablet B" } }),
    );
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect((conflict as VersionConflict).current).toMatchObject({ status: "accepted", prepMinutes: 10, version: 2 });
    expect(await writeCounts()).toEqual(before);
    expect((await eventsOf(order.id)).map((e) => e.actorName)).toEqual(["Orderboard", "Tablet A"]);
  });

  it("acknowledges a new order once", async () => {
    const order = await newOrder();
    expect((await acknowledgeOrder({ orderId: order.id, actor })).order.acknowledgedAt).not.toBeNull();
    const before = await writeCounts();
    expect(await rejected(acknowledgeOrder({ orderId: order.id, actor }))).toBeInstanceOf(TransitionRefused);
    expect(await writeCounts()).toEqual(before);
  });

  it("tells the boards only once the change has committed: another connection already sees what was published", async () => {
    const bus = eventBus();
    const publish = bus.publish;
    const other = await anotherConnection();
    const inTransaction: boolean[] = [];
    const seenByOthers: Promise<boolean>[] = [];
    bus.publish = (message) => {
      inTransaction.push(transactionScope.getStore() !== undefined);
      seenByOthers.push(other.eventVisible(message.event.id));
      publish(message);
    };
    try {
      const order = await newOrder();
      await acceptOrder({ orderId: order.id, prepMinutes: 10, actor });
      expect(inTransaction).toEqual([false, false]);
      expect(await Promise.all(seenByOthers)).toEqual([true, true]);
    } finally {
      bus.publish = publish;
      await other.close();
    }
  });

  it("refuses an order that does not exist", async () => {
    expect(await rejected(acceptOrder({ orderId: 987654, prepMinutes: 5, actor }))).toBeInstanceOf(OrderNotFound);
  });
});
