import { describe, expect, it } from "vitest";
import { StoreNotFound } from "@/server/domain/errors";
import { makeStore, orderInput } from "@/test-support/orders";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { denyOrder } from "./close-order";
import { createOrder } from "./create-order";
import { eventsSince } from "./events-since";
import { RECENT_WINDOW_MS } from "@/server/domain/order-status";
import { getBoard } from "./get-board";
import { advanceOrder } from "./move-order";

describe("the board", () => {
  it("holds active orders and those finished within the recent window, with the last event id", async () => {
    const storeId = await makeStore();
    const make = async () => (await createOrder(orderInput(storeId, { fulfillment: { type: "pickup" } }), SYSTEM_ACTOR)).order;
    const incoming = await make();
    const accepted = await make();
    const denied = await make();
    await acceptOrder({ orderId: accepted.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
    const last = await denyOrder({ orderId: denied.id, reason: { code: "KITCHEN_BUSY", message: "" }, actor: SYSTEM_ACTOR });

    const board = await getBoard(storeId);
    expect(board.orders.map((o) => o.id)).toEqual([incoming.id, accepted.id, denied.id]);
    expect(board.lastEventId).toBe(last.event.id);
    expect(board.orders[0]?.items).toHaveLength(1);

    const later = await getBoard(storeId, Date.now() + RECENT_WINDOW_MS + 1000);
    expect(later.orders.map((o) => o.id)).toEqual([incoming.id, accepted.id]);
  });

  it("refuses a store that does not exist", async () => {
    await expect(getBoard("nowhere")).rejects.toThrow(StoreNotFound);
  });
});

describe("catching up after a dropped connection", () => {
  it("returns every event of the store after the cursor, in order, with the order as it stands now", async () => {
    const storeId = await makeStore();
    const otherStore = await makeStore();
    const { lastEventId } = await getBoard(storeId);
    const order = (await createOrder(orderInput(storeId, { fulfillment: { type: "pickup" } }), SYSTEM_ACTOR)).order;
    await createOrder(orderInput(otherStore), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
    await advanceOrder({ orderId: order.id, to: "ready", actor: SYSTEM_ACTOR });

    const missed = await eventsSince(storeId, lastEventId);
    expect(missed.map((m) => m.event.type)).toEqual(["created", "accepted", "advanced"]);
    expect(missed.every((m) => "order" in m && m.order.status === "ready" && m.order.version === 3)).toBe(true);
    expect((await eventsSince(storeId, missed[1]!.event.id)).map((m) => m.event.type)).toEqual(["advanced"]);
    expect(await eventsSince(storeId, missed[2]!.event.id)).toEqual([]);
  });

});
