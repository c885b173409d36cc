import { describe, expect, it } from "vitest";
import { NotFound, TransitionRefused } from "@/server/domain/errors";
import { eventsOf } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { rejected } from "@/test-support/refusals";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { getCustomer, setCustomerNotes } from "./customers";
import { getOrder } from "./get-order";
import { advanceOrder } from "./move-order";
import { acceptOrder } from "./accept-order";
import { customerArrived, markArrived, trackOrder } from "./tracking";

const customer = (overrides: object) => ({ first_name: "Jane", last_name: "Doe", ...overrides });

describe("customers", () => {
  it("match by the platform's customer id, else the phone, else the email, per store, counting orders", async () => {
    const storeId = await makeStore();
    const first = (await createOrder(orderInput(storeId, { customer: customer({ external_id: "c-1", phone: "+15550001" }) }), SYSTEM_ACTOR)).order;
    const byId = (await createOrder(orderInput(storeId, { customer: customer({ external_id: "c-1", phone: "+15559999" }) }), SYSTEM_ACTOR)).order;
    const byPhone = (await createOrder(orderInput(storeId, { platform: "grubhub", customer: customer({ phone: "+15550001" }) }), SYSTEM_ACTOR)).order;
    const other = (await createOrder(orderInput(storeId, { customer: customer({ email: "someone@example.com" }) }), SYSTEM_ACTOR)).order;
    const byEmail = (await createOrder(orderInput(storeId, { customer: customer({ email: "someone@example.com" }) }), SYSTEM_ACTOR)).order;
    const elsewhere = (await createOrder(orderInput(await makeStore(), { customer: customer({ external_id: "c-1" }) }), SYSTEM_ACTOR)).order;

    expect(byId.customerId).toBe(first.customerId);
    expect(byPhone.customerId).toBe(first.customerId);
    expect(byEmail.customerId).toBe(other.customerId);
    expect(other.customerId).not.toBe(first.customerId);
    expect(elsewhere.customerId).not.toBe(first.customerId);
    expect(await getCustomer(first.customerId!)).toMatchObject({ storeId, orderCount: 3, phone: "+15550001", externalId: "c-1", notes: "" });

    await setCustomerNotes(first.customerId!, "Peanut allergy");
    expect((await getOrder(byPhone.id)).customer).toMatchObject({ orderCount: 3, notes: "Peanut allergy" });
  });
});

describe("the customer's tracking link", () => {
  it("shows that order only, in the customer's words; a token of another shape or of no order is not found", async () => {
    const storeId = await makeStore();
    const mine = (await createOrder(orderInput(storeId, { short_code: "MINE1" }), SYSTEM_ACTOR)).order;
    const theirs = (await createOrder(orderInput(storeId, { short_code: "THEIR" }), SYSTEM_ACTOR)).order;
    expect(mine.trackingToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(mine.trackingToken).not.toBe(theirs.trackingToken);
    const view = await trackOrder(mine.trackingToken!);
    expect(view).toMatchObject({ shortCode: "MINE1", status: "incoming", statusText: "Sent to the store", canSayHere: false });
    expect(JSON.stringify(view)).not.toContain("THEIR");
    expect(Object.keys(view)).not.toContain("customerPhone");
    for (const token of ["x".repeat(32), mine.trackingToken!.slice(1), `${mine.trackingToken}x`, mine.trackingToken!.toUpperCase()]) {
      if (token === mine.trackingToken) continue;
      expect(await rejected(trackOrder(token))).toBeInstanceOf(NotFound);
    }
  });

  it("lets a curbside customer say I'm here once, with where they wait, as a customer_arrived event; never for a delivery or a finished order", async () => {
    const storeId = await makeStore();
    const curbside = (await createOrder(orderInput(storeId, { fulfillment: { type: "curbside", vehicle: "Blue Civic" } }), SYSTEM_ACTOR)).order;
    expect((await trackOrder(curbside.trackingToken!)).canSayHere).toBe(true);
    const after = await customerArrived(curbside.trackingToken!, { spot: "4", vehicle: "Blue Civic" });
    expect(after).toMatchObject({ canSayHere: false, customerArrivedAt: expect.any(Number) });
    expect((await getOrder(curbside.id)).arrivalNote).toBe("spot 4 · Blue Civic");
    await customerArrived(curbside.trackingToken!, {});
    expect((await eventsOf(curbside.id)).filter((e) => e.type === "customer_arrived")).toEqual([expect.objectContaining({ actorType: "customer", data: { summary: "spot 4 · Blue Civic" } })]);

    const delivery = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
    expect(await rejected(customerArrived(delivery.trackingToken!, {}))).toBeInstanceOf(TransitionRefused);
    const pickup = (await createOrder(orderInput(storeId, { fulfillment: { type: "pickup" } }), SYSTEM_ACTOR)).order;
    await acceptOrder({ orderId: pickup.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
    await advanceOrder({ orderId: pickup.id, to: "ready", actor: SYSTEM_ACTOR });
    await advanceOrder({ orderId: pickup.id, to: "completed", actor: SYSTEM_ACTOR });
    expect(await rejected(markArrived(pickup.id, {}, SYSTEM_ACTOR))).toBeInstanceOf(TransitionRefused);
  });
});
