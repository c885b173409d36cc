import { describe, expect, it } from "vitest";
import { PLATFORMS, type Platform } from "@/server/domain/platforms";
import { describeModifier } from "@/server/domain/modifiers";
import { orderProblems } from "@/server/domain/new-order";
import { EXAMPLE_ORDER_IDS, WEBHOOK_EXAMPLES } from "../examples";
import type { InboundEvent } from "../inbound-event";
import { ADAPTERS } from ".";

function adapted(platform: Platform, name: keyof (typeof WEBHOOK_EXAMPLES)[Platform]): InboundEvent {
  const result = ADAPTERS[platform].adapt(WEBHOOK_EXAMPLES[platform][name]);
  if (!result.ok) throw new Error(`${platform}/${name} did not adapt: ${result.reason}`);
  return result.event;
}

function placed(platform: Platform) {
  const event = adapted(platform, "order-placed");
  if (event.kind !== "order_placed") throw new Error(`${platform}/order-placed adapted to ${event.kind}`);
  return event.order;
}


describe("recorded order payloads", () => {
  it.each(PLATFORMS)("%s: every order adds up and belongs to the demo's Mission St store", async (platform) => {
    const order = placed(platform);
    expect(order).toMatchObject({ platform, external_id: EXAMPLE_ORDER_IDS[platform], store_id: "mission" });
    expect(orderProblems(order)).toEqual([]);
  });

  it("DoorDash: categories flatten into lines, extras become added modifiers (a \"No …\" extra a removal), ids kept, dx_delivery is a platform delivery", async () => {
    const order = placed("doordash");
    expect(order.short_code).toBe("DD7F3A");
    expect(order.fulfillment).toEqual({ type: "delivery", address: "500 Valencia St, San Francisco" });
    expect(order.customer).toEqual({ first_name: "John", last_name: "Doe", email: "john@example.com", phone: "+15551234567" });
    expect(order.items).toEqual([
      {
        external_id: "var-burger-1",
        name: "Cheeseburger",
        quantity: 2,
        unit_price_cents: 950,
        special_instructions: "Well done",
        modifiers: [
          { external_id: "mod-bacon", name: "Bacon", action: "add", quantity: 1, price_cents: 200 },
          { external_id: "mod-onion", name: "Onion", action: "remove", quantity: 1, price_cents: 0 },
        ],
      },
      { external_id: "var-fries", name: "Fries", quantity: 1, unit_price_cents: 400, modifiers: [] },
    ]);
    expect(order.money).toEqual({ currency: "USD", subtotal_cents: 2700, tax_cents: 243, tip_cents: 300, fees_cents: 199, discount_cents: 0, total_cents: 3442 });
    expect(order.placed_at).toBe("2026-11-20T18:02:00Z");
    expect(order.estimated_pickup_at).toBe("2026-11-20T18:20:00Z");
    expect(order.special_instructions).toBe("Leave at the door");
  });

  it("Uber Eats: money objects become cents, modifier groups become modifiers, the display id is the short code", async () => {
    const order = placed("uber_eats");
    expect(order.short_code).toBe("A1B2C");
    expect(order.fulfillment.type).toBe("delivery");
    expect(order.customer).toEqual({ first_name: "Priya", last_name: "Shah", phone: "+15550102030" });
    expect(order.items.map((item) => [item.name, item.quantity, item.unit_price_cents, item.modifiers.map((m) => m.name)])).toEqual([
      ["Chicken Burrito", 1, 1195, ["Guacamole", "Sour cream"]],
      ["Horchata", 2, 350, []],
    ]);
    expect(order.items[0]!.modifiers.map((modifier) => describeModifier(modifier))).toEqual(["Guacamole", "No sour cream"]);
    expect(order.items[0]!.modifiers.map((m) => m.external_id)).toEqual(["mod-guac", "mod-sour-cream"]);
    expect(order.money).toEqual({ currency: "USD", subtotal_cents: 2145, tax_cents: 193, tip_cents: 400, fees_cents: 150, discount_cents: 0, total_cents: 2888 });
  });

  it("Grubhub: the diner's one name splits into first and last, the discount is kept", async () => {
    const order = placed("grubhub");
    expect(order.customer).toEqual({ first_name: "Ana", last_name: "María Lopez", phone: "+15550103344", email: "ana@example.com" });
    expect(order.short_code).toBe("GH2231");
    expect(order.money.discount_cents).toBe(200);
    expect(order.items[0]).toMatchObject({ name: "Pad Thai", special_instructions: "Mild", modifiers: [{ name: "peanuts", action: "extra", price_cents: 100, quantity: 1 }] });
    expect(describeModifier(order.items[0]!.modifiers[0]!)).toBe("Extra peanuts");
  });

  it("Direct: the store's own channel sends the order as the API takes it, channel and payment included", async () => {
    const order = placed("direct");
    expect(order).toMatchObject({ platform: "direct", channel: "web", payment: { method: "card", paid: true }, fulfillment: { type: "merchant_delivery" } });
    expect(order.customer.external_id).toBe("shop-cust-1042");
    expect(order.items[0]!.modifiers.map((modifier) => describeModifier(modifier))).toEqual(["No onion"]);
  });

  it("Direct: an order without its channel is well formed but not a valid direct order", async () => {
    const payload = structuredClone(WEBHOOK_EXAMPLES.direct["order-placed"]) as { order: { channel?: string } };
    delete payload.order.channel;
    const result = ADAPTERS.direct.adapt(payload);
    if (!result.ok || result.event.kind !== "order_placed") throw new Error("a direct order without a channel should still adapt");
    expect(orderProblems(result.event.order)).toEqual([{ path: ["channel"], message: expect.stringMatching(/names the store's own channel/) }]);
    expect(orderProblems({ ...result.event.order, channel: "platform_app" })).toHaveLength(1);
    expect(orderProblems({ ...result.event.order, channel: "kiosk" })).toEqual([]);
  });

  it("LulaDirect: the location is the store and order notes are the special instructions", async () => {
    const order = placed("luladirect");
    expect(order.special_instructions).toBe("Gate code 1234");
    expect(order.items[1]).toMatchObject({ name: "Caesar Salad", special_instructions: "Dressing on the side" });
    expect(order.estimated_pickup_at).toBe("2026-11-20T18:35:00Z");
  });
});

describe("recorded event payloads", () => {
  it.each([
    ["doordash", { cancelledBy: "customer", reason: { code: "OTHER", message: "Customer ordered by mistake" } }],
    ["uber_eats", { cancelledBy: "customer", reason: { code: "CUSTOMER_REQUEST", message: "No details given by the platform" } }],
    ["grubhub", { cancelledBy: "platform", reason: { code: "KITCHEN_BUSY", message: "Store did not answer the phone" } }],
    ["luladirect", { cancelledBy: "platform", reason: { code: "STORE_CLOSED", message: "Store marked closed on LulaDirect" } }],
    ["direct", { cancelledBy: "customer", reason: { code: "CUSTOMER_REQUEST", message: "Cancelled from the web shop" } }],
  ] as const)("%s: a cancellation names who cancelled and why, in our reason codes", async (platform, expected) => {
    expect(adapted(platform, "order-cancelled")).toEqual({ kind: "order_cancelled", externalId: EXAMPLE_ORDER_IDS[platform], ...expected });
  });

  it.each([
    ["doordash", "Mike"],
    ["uber_eats", "Luis"],
    ["grubhub", "Dee"],
    ["luladirect", "Sasha"],
    ["direct", "Omar"],
  ] as const)("%s: the courier's arrival is arrived_at_store, with the courier's name", async (platform, courierName) => {
    expect(adapted(platform, "courier-arrived")).toEqual({ kind: "courier_status", externalId: EXAMPLE_ORDER_IDS[platform], status: "arrived_at_store", courierName });
  });

  it.each([
    ["doordash", { special_instructions: "Ring the bell twice", estimated_pickup_at: "2026-11-20T18:25:00Z" }],
    ["uber_eats", { customer_phone: "+15550109999" }],
    ["grubhub", { delivery_address: "90 Guerrero St, San Francisco" }],
    ["luladirect", { special_instructions: "Gate code changed to 4321" }],
    ["direct", { delivery_address: "1210 Valencia St, San Francisco" }],
  ] as const)("%s: an update carries only the fields the platform changed", async (platform, update) => {
    const event = adapted(platform, "order-updated");
    expect(event.kind).toBe("order_updated");
    if (event.kind !== "order_updated") return;
    expect(event.externalId).toBe(EXAMPLE_ORDER_IDS[platform]);
    expect(Object.fromEntries(Object.entries(event.update).filter(([, value]) => value !== undefined))).toEqual(update);
  });

  it.each([
    ["doordash", { spot: "Bay 2", vehicle: "Red Mini" }],
    ["uber_eats", { spot: "Spot 7", vehicle: "Grey Prius" }],
    ["grubhub", { spot: "4", vehicle: "White Jeep" }],
    ["luladirect", { spot: "Curb 1", vehicle: "Blue Civic" }],
    ["direct", { spot: "3", vehicle: "Green Subaru" }],
  ] as const)("%s: a customer's arrival says where they wait", async (platform, arrival) => {
    expect(adapted(platform, "customer-arrived")).toEqual({ kind: "customer_arrived", externalId: EXAMPLE_ORDER_IDS[platform], arrival });
  });

  it.each([
    ["doordash", "delivery_failed", "Customer unreachable at the door"],
    ["uber_eats", "pickup_failed", "Courier could not find the order at the counter"],
    ["grubhub", "delivery_failed", "Building locked, diner not answering"],
    ["luladirect", "delivery_failed", "Address not found"],
    ["direct", "delivery_failed", "Nobody answered at the address"],
  ] as const)("%s: a failed handover is its outcome (%s) with the platform's reason", async (platform, outcome, reason) => {
    expect(adapted(platform, "handover-failed")).toEqual({ kind: "handover_failed", externalId: EXAMPLE_ORDER_IDS[platform], outcome, reason });
  });

  it.each([
    ["doordash", { event_type: "delivery_failed", order_id: "o-1", failure_stage: "pickup" }, "pickup_failed"],
    ["uber_eats", { event_type: "delivery.failed", meta: { resource_id: "o-1" }, failure: { stage: "DROPOFF" } }, "delivery_failed"],
    ["grubhub", { type: "HANDOFF_FAILED", order_uuid: "o-1", failure_type: "DINER_NO_SHOW" }, "not_picked_up"],
    ["grubhub", { type: "HANDOFF_FAILED", order_uuid: "o-1", failure_type: "PICKUP" }, "pickup_failed"],
  ] as const)("%s: each way a handover breaks down maps to its outcome, and silence about why is recorded, not quarantined", async (platform, payload, outcome) => {
    expect(ADAPTERS[platform].adapt(payload)).toEqual({ ok: true, event: { kind: "handover_failed", externalId: "o-1", outcome, reason: "No details given by the platform" } });
  });

  it("an arrival without a spot or car is still an arrival; one with a spot too long to print is refused", async () => {
    expect(ADAPTERS.grubhub.adapt({ type: "DINER_ARRIVED", order_uuid: "o-1" })).toEqual({ ok: true, event: { kind: "customer_arrived", externalId: "o-1", arrival: {} } });
    const result = ADAPTERS.grubhub.adapt({ type: "DINER_ARRIVED", order_uuid: "o-1", parking_spot: "x".repeat(41) });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("spot") });
  });

  it.each([
    ["doordash", "dasher_out_for_delivery", "out_for_delivery"],
    ["doordash", "dropoff", "dropoff"],
  ] as const)("DoorDash's %s maps to %s", async (_platform, dasherStatus, status) => {
    const result = ADAPTERS.doordash.adapt({ event_type: "dasher_status_changed", order_id: "dd-1", dasher_status: dasherStatus });
    expect(result).toEqual({ ok: true, event: { kind: "courier_status", externalId: "dd-1", status, courierName: null } });
  });
});

describe("payloads that cannot be read", () => {
  it.each(PLATFORMS)("%s: the recorded malformed payload is refused with a reason naming the field", async (platform) => {
    const result = ADAPTERS[platform].adapt(WEBHOOK_EXAMPLES[platform].malformed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/\w+(\.\w+)*: /);
  });

  it.each(PLATFORMS)("%s: a non-object body is refused", async (platform) => {
    expect(ADAPTERS[platform].adapt(["not", "an", "order"]).ok).toBe(false);
    expect(ADAPTERS[platform].adapt(null).ok).toBe(false);
  });

  it("an order with fractional cents passes the platform's shape but fails ours", async () => {
    const payload = structuredClone(WEBHOOK_EXAMPLES.luladirect["order-placed"]) as { data: { order: { items: { price: number }[] } } };
    payload.data.order.items[0]!.price = 16.5;
    const result = ADAPTERS.luladirect.adapt(payload);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("items.0.unit_price_cents") });
  });

  it("a cancellation without details still cancels: the platform's silence is recorded, not quarantined", async () => {
    const result = ADAPTERS.luladirect.adapt({ event_type: "location.order.cancel", location_id: "mission", data: { order_id: "x", cancelled_by: "platform", reason_code: "OTHER" } });
    expect(result).toEqual({
      ok: true,
      event: { kind: "order_cancelled", externalId: "x", cancelledBy: "platform", reason: { code: "OTHER", message: "No details given by the platform" } },
    });
  });
});
