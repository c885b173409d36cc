import { describe, expect, it } from "vitest";
import { ZMenuItemInput } from "@/server/domain/menu";
import { makeStore, orderInput } from "@/test-support/orders";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { cancelOrder } from "./close-order";
import { createOrder } from "./create-order";
import { getBoard } from "./get-board";
import { addMenuItem, listMenu } from "./menu";
import { eventsSince } from "./events-since";

const oneShake = { items: [{ name: "Shake", quantity: 1, unit_price_cents: 500, modifiers: [] }], money: { subtotal_cents: 500, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 500 } };
const shakeOf = async (storeId: string) => (await listMenu(storeId)).find((item) => item.name === "Shake")!;

describe("stock counts", () => {
  it("never go below zero under concurrent accepts: the last portion goes once, and the dish 86's itself at zero", async () => {
    const storeId = await makeStore();
    await addMenuItem(storeId, ZMenuItemInput.parse({ name: "Shake", price_cents: 500, stock: 5 }));
    const orders = await Promise.all(Array.from({ length: 12 }, () => createOrder(orderInput(storeId, oneShake), SYSTEM_ACTOR)));
    const { lastEventId } = await getBoard(storeId);
    await Promise.all(orders.map(({ order }) => acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR })));

    expect(await shakeOf(storeId)).toMatchObject({ stock: 0, available: false, unavailableUntil: null });
    const storeEvents = (await eventsSince(storeId, lastEventId)).filter((message) => !("order" in message));
    expect(storeEvents.map((message) => [message.event.type, message.event.actorName, message.event.data?.available])).toEqual([["item_availability", "Stock count", false]]);
  });

  it("take what an accepted order names, give it back when the order is cancelled, and leave uncounted dishes alone", async () => {
    const storeId = await makeStore();
    await addMenuItem(storeId, ZMenuItemInput.parse({ name: "Shake", price_cents: 500, stock: 10 }));
    await addMenuItem(storeId, ZMenuItemInput.parse({ name: "Burger", price_cents: 1000 }));
    const { order } = await createOrder(orderInput(storeId, { items: [{ name: "shake", quantity: 3, unit_price_cents: 500, modifiers: [] }, { name: "Burger", quantity: 1, unit_price_cents: 1000, modifiers: [] }], money: { subtotal_cents: 2500, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 2500 } }), SYSTEM_ACTOR);
    expect((await shakeOf(storeId)).stock).toBe(10);
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
    expect((await shakeOf(storeId)).stock).toBe(7);
    await cancelOrder({ orderId: order.id, reason: { code: "CUSTOMER_REQUEST", message: "" }, actor: SYSTEM_ACTOR });
    expect((await shakeOf(storeId)).stock).toBe(10);
    expect((await listMenu(storeId)).find((item) => item.name === "Burger")!.stock).toBeNull();

    // A denied order was never accepted: it gives nothing back.
    const { order: denied } = await createOrder(orderInput(storeId, oneShake), SYSTEM_ACTOR);
    await cancelOrder({ orderId: denied.id, reason: { code: "CUSTOMER_REQUEST", message: "" }, actor: SYSTEM_ACTOR });
    expect((await shakeOf(storeId)).stock).toBe(10);
  });
});
