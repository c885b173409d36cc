import { describe, expect, it } from "vitest";
import { FULFILLMENT_LABELS, handoverLabel, type HandoverWords } from "./fulfillment";

describe("how an order is handed over", () => {
  const none = { tableNumber: null, vehicle: null, deliveryAddress: null };
  const english: HandoverWords = { kind: (type) => FULFILLMENT_LABELS[type], table: (table) => `Table ${table}` };
  it("names the table, the car or the address where the kitchen needs it", () => {
    expect(handoverLabel({ ...none, fulfillmentType: "dine_in", tableNumber: "12" }, english)).toBe("Dine-in · Table 12");
    expect(handoverLabel({ ...none, fulfillmentType: "curbside", vehicle: "Blue Civic" }, english)).toBe("Curbside · Blue Civic");
    expect(handoverLabel({ ...none, fulfillmentType: "merchant_delivery", deliveryAddress: "500 Valencia St" }, english)).toBe("Store delivery · 500 Valencia St");
  });

  it("says only the kind when there is nothing more to say", () => {
    expect(handoverLabel({ ...none, fulfillmentType: "pickup" }, english)).toBe("Pickup");
    expect(handoverLabel({ ...none, fulfillmentType: "dine_in" }, english)).toBe("Dine-in");
    expect(handoverLabel({ ...none, fulfillmentType: "delivery", deliveryAddress: "1 Main St" }, english)).toBe("Delivery");
  });
});
