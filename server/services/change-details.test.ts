import { describe, expect, it } from "vitest";
import { eventsOf, writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { rejected } from "@/test-support/refusals";
import { acceptOrder } from "./accept-order";
import { SYSTEM_ACTOR } from "./actor";
import { changeDetails } from "./change-details";
import { NothingToChange } from "./change-order";
import { cancelOrder } from "./close-order";
import { createOrder } from "./create-order";

const integrator = { type: "api" as const, id: "3", name: "Store app" };

describe("changing an order's details", () => {
  it("changes only what is sent, with one event naming each field before and after", async () => {
    const { order } = await createOrder(orderInput(await makeStore(), { customer: { first_name: "Jane", last_name: "Doe", email: "old@example.com" } }), SYSTEM_ACTOR);
    const { order: changed, event } = await changeDetails({ orderId: order.id, expectedVersion: 1, change: { customer: { email: "new@example.com" } }, actor: integrator });
    expect(changed).toMatchObject({ customerEmail: "new@example.com", customerFirstName: "Jane", customerPhone: order.customerPhone, version: 2 });
    expect(event).toMatchObject({ type: "details_changed", actorName: "Store app" });
    expect(event.data).toEqual({ changes: ["Customer email: new@example.com"], fields: [{ field: "customer.email", before: "old@example.com", after: "new@example.com" }] });
  });

  it("changes the handover, the promised time and the instructions; new instructions wait on the line like a cart change", async () => {
    const storeId = await makeStore("America/Chicago");
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await acceptOrder({ orderId: order.id, prepMinutes: 15, actor: SYSTEM_ACTOR });
    const { order: changed, event } = await changeDetails({
      orderId: order.id,
      change: { fulfillment: { type: "curbside", vehicle: "Blue Civic" }, estimated_pickup_at: "2026-11-26T18:30:00Z", special_instructions: "Honk twice" },
      actor: integrator,
    });
    expect(changed).toMatchObject({ fulfillmentType: "curbside", vehicle: "Blue Civic", estimatedPickupAt: Date.parse("2026-11-26T18:30:00Z"), specialInstructions: "Honk twice" });
    expect(event.data?.changes).toEqual(["Fulfillment: Curbside", "Vehicle: Blue Civic", "Pickup expected: 12:30 PM", "Note: Honk twice"]);
    expect(changed.unacknowledgedChanges).toEqual([expect.objectContaining({ by: "Store app", reason: "Changed by Store app" })]);
  });

  it("clears what may be empty with null, and writes nothing when nothing changes", async () => {
    const { order } = await createOrder(orderInput(await makeStore(), { special_instructions: "Extra napkins" }), SYSTEM_ACTOR);
    expect((await changeDetails({ orderId: order.id, change: { special_instructions: null }, actor: integrator })).order.specialInstructions).toBeNull();
    const before = await writeCounts();
    expect(await rejected(changeDetails({ orderId: order.id, change: { customer: { first_name: "Jane" } }, actor: integrator }))).toBeInstanceOf(NothingToChange);
    expect(await writeCounts()).toEqual(before);
  });

  it("refuses a finished order (409), a store delivery left without an address (422) and a stale version (409), writing nothing", async () => {
    const storeId = await makeStore();
    const finished = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
    await cancelOrder({ orderId: finished.id, reason: { code: "CUSTOMER_REQUEST", message: "" }, actor: SYSTEM_ACTOR });
    const open = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
    const before = await writeCounts();
    expect(await rejected(changeDetails({ orderId: finished.id, change: { customer: { email: "a@example.com" } }, actor: integrator }))).toMatchObject({ code: "TRANSITION_REFUSED" });
    expect(await rejected(changeDetails({ orderId: open.id, change: { fulfillment: { type: "merchant_delivery" } }, actor: integrator }))).toMatchObject({
      code: "INVALID_ORDER",
      problems: [{ path: ["fulfillment", "address"] }],
    });
    expect(await rejected(changeDetails({ orderId: open.id, expectedVersion: 9, change: { customer: { email: "a@example.com" } }, actor: integrator }))).toMatchObject({ code: "VERSION_CONFLICT" });
    expect(await writeCounts()).toEqual(before);
    expect((await eventsOf(open.id)).map((event) => event.type)).toEqual(["created"]);
  });
});
