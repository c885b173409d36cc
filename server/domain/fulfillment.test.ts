import { describe, expect, it } from "vitest";
import { handoverLabel } from "./fulfillment";

describe("how an order is handed over", () => {
  const none = { tableNumber: null, vehicle: null, deliveryAddress: null };
  it("names the table, the car or the address where the kitchen needs it", () => {
    expect(handoverLabel({ ...none, fulfillmentType: "dine_in", tableNumber: "12" })).toBe("Dine-in · Table 12");
    expect(handoverLabel({ ...none, fulfillmentType: "curbside", vehicle: "Blue Civic" })).toBe("Curbside · Blue Civic");
    expect(handoverLabel({ ...none, fulfillmentType: "merchant_delivery", deliveryAddress: "500 Valencia St" })).toBe("Store delivery · 500 Valencia St");
  });

  it("says only the kind when there is nothing more to say", () => {
    expect(handoverLabel({ ...none, fulfillmentType: "pickup" })).toBe("Pickup");
    expect(handoverLabel({ ...none, fulfillmentType: "dine_in" })).toBe("Dine-in");
    expect(handoverLabel({ ...none, fulfillmentType: "delivery", deliveryAddress: "1 Main St" })).toBe("Delivery");
  });
});
