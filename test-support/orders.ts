import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { stores } from "@/db/schema";
import { ZNewOrder, type NewOrder, type NewOrderInput } from "@/server/domain/new-order";

/** A store of the test's own, so tests in one file never see each other's orders. */
export async function makeStore(timezone = "America/New_York") {
  const id = `store-${randomUUID().slice(0, 8)}`;
  await getDb().insert(stores).values({ id, name: `Store ${id}`, timezone, createdAt: Date.now() });
  return id;
}

/** A valid normalized order (2 × $10.00 burger with a $1.50 extra, 8.75% tax): override what a test is about. */
export function orderInput(storeId: string, overrides: Partial<NewOrderInput> = {}): NewOrder {
  return ZNewOrder.parse({
    platform: "doordash",
    external_id: `ext-${randomUUID()}`,
    store_id: storeId,
    customer: { first_name: "Jane", last_name: "Doe", phone: "+15551234567" },
    fulfillment: { type: "delivery" },
    items: [
      {
        name: "Burger",
        quantity: 2,
        unit_price_cents: 1000,
        modifiers: [
          { name: "Onion", action: "remove" },
          { name: "Cheese", action: "extra", price_cents: 150 },
        ],
      },
    ],
    money: { subtotal_cents: 2300, tax_cents: 201, tip_cents: 300, fees_cents: 0, discount_cents: 0, total_cents: 2801 },
    ...overrides,
  });
}
