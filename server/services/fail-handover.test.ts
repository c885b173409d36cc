import { describe, expect, it } from "vitest";
import { TransitionRefused } from "@/server/domain/errors";
import { eventsOf } from "@/test-support/db-state";
import { makeStore, readyOrder } from "@/test-support/orders";
import { rejected } from "@/test-support/refusals";
import { SYSTEM_ACTOR } from "./actor";
import { countOrders } from "./count-orders";
import { failHandover } from "./fail-handover";
import { listOrders, ZListOrders } from "./list-orders";
import { updateCourier } from "./update-courier";


describe("failHandover", () => {
  it("ends a ready pickup order nobody collected as failed, not picked up, with its reason, apart from cancellations", async () => {
    const storeId = await makeStore();
    const order = await readyOrder(storeId, "pickup");
    const { order: failed, event } = await failHandover({ orderId: order.id, outcome: "not_picked_up", reason: "Nobody came in 45 minutes", actor: SYSTEM_ACTOR });
    expect(failed).toMatchObject({ status: "failed", outcome: "not_picked_up", reasonMessage: "Nobody came in 45 minutes", reasonCode: null, finishedAt: expect.any(Number) });
    expect(event).toMatchObject({ type: "handover_failed", fromStatus: "ready", toStatus: "failed", message: "Nobody came in 45 minutes", data: { outcome: "not_picked_up" } });

    const counts = await countOrders({ store_id: storeId }, null);
    expect(counts.byStatus).toMatchObject({ failed: 1, cancelled: 0 });
    expect(counts.finished).toBe(1);
    const ids = async (outcome: string) => (await listOrders(ZListOrders.parse({ store_id: storeId, outcome }), null)).orders.map((o) => o.id);
    expect(await ids("not_picked_up,delivery_failed")).toEqual([order.id]);
    expect(await ids("pickup_failed")).toEqual([]);
  });

  it("refuses an outcome the order cannot have, writing nothing; a delivery fails only once picked up", async () => {
    const storeId = await makeStore();
    const delivery = await readyOrder(storeId, "delivery");
    const before = (await eventsOf(delivery.id)).length;
    expect(await rejected(failHandover({ orderId: delivery.id, outcome: "not_picked_up", reason: "x", actor: SYSTEM_ACTOR }))).toBeInstanceOf(TransitionRefused);
    expect(await rejected(failHandover({ orderId: delivery.id, outcome: "delivery_failed", reason: "x", actor: SYSTEM_ACTOR }))).toBeInstanceOf(TransitionRefused);
    expect(await eventsOf(delivery.id)).toHaveLength(before);

    await updateCourier({ orderId: delivery.id, status: "out_for_delivery", courierName: "Kim", courierPhone: null, actor: SYSTEM_ACTOR });
    const { order } = await failHandover({ orderId: delivery.id, outcome: "delivery_failed", reason: "Nobody at the address", actor: SYSTEM_ACTOR });
    expect(order).toMatchObject({ status: "failed", outcome: "delivery_failed" });
  });

  it("keeps an order whose courier cancelled in the store, saying a new courier is needed", async () => {
    const storeId = await makeStore();
    const delivery = await readyOrder(storeId, "delivery");
    const { order } = await updateCourier({ orderId: delivery.id, status: "courier_cancelled", courierName: null, courierPhone: null, actor: SYSTEM_ACTOR });
    expect(order).toMatchObject({ status: "ready", courierStatus: "courier_cancelled" });
    const { order: replaced } = await updateCourier({ orderId: delivery.id, status: "dasher_confirmed", courierName: "Lee", courierPhone: null, actor: SYSTEM_ACTOR });
    expect(replaced).toMatchObject({ status: "ready", courierStatus: "dasher_confirmed", courierName: "Lee" });
  });
});
