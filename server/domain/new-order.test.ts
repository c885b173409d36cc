import { describe, expect, it } from "vitest";
import { orderProblems, shortCodeFor, ZNewOrder } from "./new-order";

const valid = {
  platform: "uber_eats",
  external_id: "UE-1",
  store_id: "mission",
  customer: { first_name: "Ava" },
  fulfillment: { type: "pickup" },
  items: [{ name: "Fries", quantity: 2, unit_price_cents: 450, modifiers: [{ name: "Large", price_cents: 150 }] }],
  money: { subtotal_cents: 1200, tax_cents: 105, total_cents: 1305 },
};

describe("the normalized order", () => {
  it("fills defaults: USD, zero tip/fees/discount, modifiers as plain choices", () => {
    const order = ZNewOrder.parse(valid);
    expect(order.money).toEqual({
      currency: "USD",
      subtotal_cents: 1200,
      tax_cents: 105,
      tip_cents: 0,
      fees_cents: 0,
      discount_cents: 0,
      total_cents: 1305,
    });
    expect(order.items[0]?.modifiers).toEqual([{ name: "Large", action: "choice", quantity: 1, price_cents: 150 }]);
    expect(orderProblems(order)).toEqual([]);
  });

  it.each([
    ["fractional cents", { money: { ...valid.money, tax_cents: 10.5 } }, "money.tax_cents"],
    ["negative money", { money: { ...valid.money, subtotal_cents: -1 } }, "money.subtotal_cents"],
    ["no items", { items: [] }, "items"],
    ["an unknown platform", { platform: "myspace" }, "platform"],
    ["an unknown fulfillment", { fulfillment: { type: "teleport" } }, "fulfillment.type"],
    ["a bad email", { customer: { first_name: "Ava", email: "nope" } }, "customer.email"],
    ["a time without zone", { placed_at: "2026-11-24T10:00:00" }, "placed_at"],
    ["a zero quantity", { items: [{ ...valid.items[0], quantity: 0 }] }, "items.0.quantity"],
  ])("refuses %s", (_, change, path) => {
    const result = ZNewOrder.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it("finds money that does not add up", () => {
    const order = ZNewOrder.parse({ ...valid, money: { subtotal_cents: 1000, tax_cents: 105, discount_cents: 2000, total_cents: 1 } });
    expect(orderProblems(order).map((p) => p.path.join("."))).toEqual([
      "money.subtotal_cents",
      "money.discount_cents",
      "money.total_cents",
    ]);
  });

  it("needs an address for a store delivery", () => {
    const order = ZNewOrder.parse({ ...valid, fulfillment: { type: "merchant_delivery" } });
    expect(orderProblems(order)).toEqual([
      { path: ["fulfillment", "address"], message: "A store delivery needs the customer's address" },
    ]);
  });

  it("takes an order as paid on the platform unless it says otherwise, and an unpaid one only at the drive-thru", () => {
    expect(ZNewOrder.parse(valid).payment).toEqual({ method: "platform", paid: true });
    expect(ZNewOrder.parse({ ...valid, payment: { method: "card" } }).payment).toEqual({ method: "card", paid: true });
    const unpaid = ZNewOrder.parse({ ...valid, payment: { method: "cash", paid: false } });
    expect(orderProblems(unpaid)).toEqual([{ path: ["payment", "paid"], message: "Only a drive-thru order may arrive unpaid; any other order must be paid before it is sent" }]);
    expect(orderProblems({ ...unpaid, fulfillment: { type: "drive_thru" } })).toEqual([]);
  });

  it("uses the platform's short code, or the readable tail of its id", () => {
    expect(shortCodeFor({ short_code: "ab12", external_id: "x" })).toBe("AB12");
    expect(shortCodeFor({ external_id: "dd-order-9f3k2x7" })).toBe("F3K2X7");
    expect(shortCodeFor({ external_id: "---" })).toBe("ORDER");
  });
});
