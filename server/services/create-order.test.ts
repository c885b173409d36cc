import { describe, expect, it, vi } from "vitest";
import { InvalidOrder } from "@/server/domain/errors";
import { eventsOf, writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { collectPublished } from "@/test-support/published";
import { rejected } from "@/test-support/refusals";

describe("createOrder", () => {
  it("stores the order with its items, money and a created event, and tells the boards", async () => {
    const storeId = await makeStore();
    const published = collectPublished();
    const { order, created } = await createOrder(orderInput(storeId, { short_code: "abc12", special_instructions: "Leave at door" }), SYSTEM_ACTOR);
    await vi.waitFor(() => expect(published.seen).toHaveLength(1));
    published.stop();

    expect(created).toBe(true);
    expect(order).toMatchObject({
      storeId,
      status: "incoming",
      shortCode: "ABC12",
      customerFirstName: "Jane",
      specialInstructions: "Leave at door",
      subtotalCents: 2300,
      totalCents: 2801,
      version: 1,
      acknowledgedAt: null,
    });
    expect(order.items).toHaveLength(1);
    expect(order.items[0]).toMatchObject({ name: "Burger", quantity: 2, unitPriceCents: 1000 });
    expect(order.items[0]?.modifiers.map((m) => m.name)).toEqual(["Onion", "Cheese"]);
    const events = await eventsOf(order.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "created", toStatus: "incoming", actorType: "system" });
    expect(published.seen.map((m) => m.event.id)).toEqual([events[0]!.id]);
    expect(published.seen[0]?.order.id).toBe(order.id);
  });

  it("returns the stored order and writes nothing when the same platform order comes again", async () => {
    const storeId = await makeStore();
    const input = orderInput(storeId);
    const first = await createOrder(input, SYSTEM_ACTOR);
    const before = await writeCounts();
    const again = await createOrder({ ...input, customer: { ...input.customer, first_name: "Changed" } }, SYSTEM_ACTOR);
    expect(again.created).toBe(false);
    expect(again.order).toEqual(first.order);
    expect(await writeCounts()).toEqual(before);
  });

  it("keeps the same external id from two platforms apart", async () => {
    const storeId = await makeStore();
    const a = await createOrder(orderInput(storeId, { external_id: "shared-1", platform: "doordash" }), SYSTEM_ACTOR);
    const b = await createOrder(orderInput(storeId, { external_id: "shared-1", platform: "grubhub" }), SYSTEM_ACTOR);
    expect(b.created).toBe(true);
    expect(b.order.id).not.toBe(a.order.id);
  });

  it("refuses money that does not add up or an unknown store, writing nothing", async () => {
    const storeId = await makeStore();
    const before = await writeCounts();
    const bad = orderInput(storeId, {
      store_id: "no-such-store",
      money: { subtotal_cents: 2300, tax_cents: 201, total_cents: 9999 },
    });
    const error = await rejected(createOrder(bad, SYSTEM_ACTOR));
    expect(error).toBeInstanceOf(InvalidOrder);
    expect((error as InvalidOrder).problems.map((p) => p.path.join("."))).toEqual(["money.total_cents", "store_id"]);
    expect(await writeCounts()).toEqual(before);
  });
});
