import { describe, expect, it } from "vitest";
import { InvalidOrder, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { eventsOf, writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { acceptOrder } from "./accept-order";
import type { Actor } from "./actor";
import { SYSTEM_ACTOR } from "./actor";
import { acknowledgeChanges, changeCart } from "./change-cart";
import { createOrder } from "./create-order";
import { getOrder } from "./get-order";
import { advanceOrder } from "./move-order";
import { setItemPacked } from "./pack-item";
import { setPrepTime } from "./set-prep-time";
import { rejected } from "@/test-support/refusals";

const ana: Actor = { type: "employee", id: "1", name: "Ana" };
const ben: Actor = { type: "employee", id: "2", name: "Ben" };
const outOfStock = { code: "out_of_stock" as const, message: "" };

/** 2 × $10.00 burger with a $1.50 extra cheese ($23.00) and 1 × $4.50 fries; tax $2.01 on $23.00 as sent. */
async function acceptedOrder() {
  const input = orderInput(await makeStore(), {
    items: [
      { name: "Burger", quantity: 2, unit_price_cents: 1000, modifiers: [{ name: "Cheese", action: "extra", price_cents: 150 }] },
      { name: "Fries", quantity: 1, unit_price_cents: 450 },
    ],
    money: { subtotal_cents: 2750, tax_cents: 240, tip_cents: 300, total_cents: 3290 },
  });
  const { order } = await createOrder(input, SYSTEM_ACTOR);
  return (await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: ana })).order;
}


describe("changing an order's items", () => {
  it("substitutes a line: the old one stays struck, totals follow, and every tablet is told who and why", async () => {
    const order = await acceptedOrder();
    const fries = order.items[1]!;
    const { order: changed, event } = await changeCart({
      orderId: order.id,
      expectedVersion: order.version,
      changes: [{ op: "substitute", item_id: fries.id, item: { name: "Side salad", quantity: 1, unit_price_cents: 550, modifiers: [] } }],
      reason: { code: "out_of_stock", message: "Fryer down" },
      actor: ben,
    });
    expect(changed.items.map((i) => [i.name, i.removedAt !== null, i.replacesItemId])).toEqual([
      ["Burger", false, null],
      ["Fries", true, null],
      ["Side salad", false, fries.id],
    ]);
    // 2300 + 550 = 2850; tax at 240/2750 = 248.7 → 249; total 2850 + 249 + 300.
    expect(changed).toMatchObject({ subtotalCents: 2850, taxCents: 249, totalCents: 3399 });
    expect(changed.unacknowledgedChanges).toEqual([
      { at: event.createdAt, by: "Ben", reason: "Out of stock: Fryer down", changes: ["Substituted 1 × Fries with 1 × Side salad"] },
    ]);
    expect(event).toMatchObject({ type: "cart_changed", actorName: "Ben", message: "Fryer down" });

    const { order: seen } = await acknowledgeChanges({ orderId: order.id, actor: ana });
    expect(seen.unacknowledgedChanges).toEqual([]);
    expect(await rejected(acknowledgeChanges({ orderId: order.id, actor: ana }))).toBeInstanceOf(TransitionRefused);
  });

  it("marks nothing as changed before the kitchen has accepted the order", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const { order: changed } = await changeCart({ orderId: order.id, changes: [{ op: "quantity", item_id: order.items[0]!.id, quantity: 1 }], reason: outOfStock, actor: ana });
    expect(changed.unacknowledgedChanges).toEqual([]);
    expect(changed.subtotalCents).toBe(1150);
  });

  it("refuses a list with one bad part and writes nothing at all", async () => {
    const order = await acceptedOrder();
    const before = await writeCounts();
    const error = await rejected(changeCart({
        orderId: order.id,
        changes: [
          { op: "add", item: { name: "Shake", quantity: 1, unit_price_cents: 595, modifiers: [] } },
          { op: "remove", item_id: 424242 },
        ],
        reason: outOfStock,
        actor: ana,
      }),
    );
    expect(error).toBeInstanceOf(InvalidOrder);
    expect(await writeCounts()).toEqual(before);
    expect(await getOrder(order.id)).toMatchObject({ version: order.version, subtotalCents: 2750 });
  });

  it("refuses changes once the order is ready", async () => {
    const order = await acceptedOrder();
    await advanceOrder({ orderId: order.id, to: "ready", actor: ana });
    const before = await writeCounts();
    const error = await rejected(changeCart({ orderId: order.id, changes: [{ op: "remove", item_id: order.items[1]!.id }], reason: outOfStock, actor: ana }));
    expect((error as TransitionRefused).message).toBe("The items of a ready order can no longer change");
    expect(await writeCounts()).toEqual(before);
  });

  it("lets one of two concurrent edits win; the other gets a conflict and nothing is lost", async () => {
    const order = await acceptedOrder();
    const [burger, fries] = order.items;
    await changeCart({ orderId: order.id, expectedVersion: order.version, changes: [{ op: "quantity", item_id: burger!.id, quantity: 3 }], reason: outOfStock, actor: ana });
    const conflict = await rejected(changeCart({ orderId: order.id, expectedVersion: order.version, changes: [{ op: "remove", item_id: fries!.id }], reason: outOfStock, actor: ben }),
    );
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect((conflict as VersionConflict).current).toMatchObject({ subtotalCents: 3 * 1150 + 450 });
    const stored = await getOrder(order.id);
    expect(stored.items.map((i) => [i.quantity, i.removedAt])).toEqual([
      [3, null],
      [1, null],
    ]);
    expect((await eventsOf(order.id)).filter((e) => e.type === "cart_changed").map((e) => e.actorName)).toEqual(["Ana"]);
  });
});

describe("prep time after acceptance", () => {
  it("moves ready-by to the new quote from now, and is refused before acceptance", async () => {
    const order = await acceptedOrder();
    const { order: changed, event } = await setPrepTime({ orderId: order.id, expectedVersion: order.version, prepMinutes: 25, actor: ana });
    expect(changed.readyBy! - event.createdAt).toBe(25 * 60_000);
    expect(event).toMatchObject({ type: "prep_time_changed", data: { prepMinutes: 25, previousReadyBy: order.readyBy } });
    const { order: fresh } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    expect(await rejected(setPrepTime({ orderId: fresh.id, prepMinutes: 5, actor: ana }))).toBeInstanceOf(TransitionRefused);
  });
});

describe("bag check", () => {
  it("keeps an order from ready until every line is ticked, unless someone says ready anyway", async () => {
    const order = await acceptedOrder();
    await advanceOrder({ orderId: order.id, to: "bagging", actor: ana });
    const [burger, fries] = order.items;
    await setItemPacked({ orderId: order.id, itemId: burger!.id, packed: true, actor: ana });
    const refusal = await rejected(advanceOrder({ orderId: order.id, to: "ready", actor: ana }));
    expect((refusal as TransitionRefused).message).toBe("1 line is not ticked off yet: tick every line, or choose Ready anyway");

    const anyway = await advanceOrder({ orderId: order.id, to: "ready", readyAnyway: true, actor: ben });
    expect(anyway.event).toMatchObject({ actorName: "Ben", data: { readyAnyway: true, unticked: ["1 × Fries"] } });
    // The order as it now stands: ready, with the burger still ticked and the fries still not.
    expect(anyway.order.status).toBe("ready");
    const stored = new Map((await getOrder(order.id)).items.map((item) => [item.id, item.packedAt]));
    expect(stored.get(burger!.id)).not.toBeNull();
    expect(stored.get(fries!.id)).toBeNull();
  });

  it("ticks and unticks lines only while bagging, and only lines on the order", async () => {
    const order = await acceptedOrder();
    const burger = order.items[0]!;
    expect(await rejected(setItemPacked({ orderId: order.id, itemId: burger.id, packed: true, actor: ana }))).toBeInstanceOf(TransitionRefused);
    await advanceOrder({ orderId: order.id, to: "bagging", actor: ana });
    expect((await setItemPacked({ orderId: order.id, itemId: burger.id, packed: true, actor: ana })).event).toMatchObject({ type: "item_packed", data: { item: "2 × Burger (Extra cheese)" } });
    expect(await rejected(setItemPacked({ orderId: order.id, itemId: burger.id, packed: true, actor: ana }))).toMatchObject({ message: "Burger is already ticked off" });
    expect((await setItemPacked({ orderId: order.id, itemId: burger.id, packed: false, actor: ana })).order.items[0]!.packedAt).toBeNull();
    expect(await rejected(setItemPacked({ orderId: order.id, itemId: 999999, packed: true, actor: ana }))).toMatchObject({ code: "INVALID_REQUEST" });
  });

  it("unticks a line whose quantity changed, so it is packed again", async () => {
    const order = await acceptedOrder();
    await advanceOrder({ orderId: order.id, to: "bagging", actor: ana });
    const burger = order.items[0]!;
    await setItemPacked({ orderId: order.id, itemId: burger.id, packed: true, actor: ana });
    const { order: changed } = await changeCart({ orderId: order.id, changes: [{ op: "quantity", item_id: burger.id, quantity: 3 }], reason: outOfStock, actor: ana });
    expect(changed.items[0]!.packedAt).toBeNull();
  });
});
