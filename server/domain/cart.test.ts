import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCartChanges, recomputeTotals, type CartChange, type CartLine } from "./cart";
import { InvalidOrder } from "./errors";
import { lineTotalCents } from "./money";
import { thrown } from "@/test-support/refusals";

const line = (id: number, name: string, quantity: number, unit: number): CartLine => ({
  id,
  name,
  quantity,
  unit_price_cents: unit,
  modifiers: [],
  special_instructions: null,
  removed: false,
  replacesItemId: null,
});
const item = (name: string, quantity: number, unit: number) => ({ name, quantity, unit_price_cents: unit, modifiers: [] });


describe("cart changes", () => {
  const cart = [line(1, "Burger", 2, 1000), line(2, "Fries", 1, 450)];

  it("adds, removes, changes quantity, substitutes and edits a note, keeping removed lines", () => {
    const { lines, summary } = applyCartChanges(cart, [
      { op: "quantity", item_id: 1, quantity: 3 },
      { op: "substitute", item_id: 2, item: { ...item("Salad", 1, 995), modifiers: [{ name: "Dressing", action: "side", quantity: 1, price_cents: 0 }] } },
      { op: "add", item: item("Shake", 2, 595) },
      { op: "instructions", item_id: 1, special_instructions: "No sauce" },
    ]);
    expect(lines.map((l) => [l.id, l.name, l.quantity, l.removed, l.replacesItemId])).toEqual([
      [1, "Burger", 3, false, null],
      [2, "Fries", 1, true, null],
      [null, "Salad", 1, false, 2],
      [null, "Shake", 2, false, null],
    ]);
    expect(summary).toEqual([
      "Burger: 2 → 3",
      "Substituted 1 × Fries with 1 × Salad (Dressing on the side)",
      "Added 2 × Shake",
      "Burger: note “No sauce”",
    ]);
    expect(cart[0]!.quantity).toBe(2);
  });

  it("carries a substituted line's modifiers and note over to the substitute unless the change gives its own", () => {
    const dressed: CartLine = {
      ...line(3, "Burger", 1, 1000),
      modifiers: [
        { name: "Onion", action: "remove", quantity: 1, price_cents: 0 },
        { name: "Cheese", action: "extra", quantity: 1, price_cents: 150 },
      ],
      special_instructions: "Cut in half",
    };
    const kept = applyCartChanges([dressed], [{ op: "substitute", item_id: 3, item: { name: "Veggie burger", quantity: 1, unit_price_cents: 1100 } }]);
    expect(kept.lines[1]).toMatchObject({ name: "Veggie burger", modifiers: dressed.modifiers, special_instructions: "Cut in half", replacesItemId: 3 });
    expect(kept.summary).toEqual(["Substituted 1 × Burger (No onion, Extra cheese) with 1 × Veggie burger (No onion, Extra cheese)"]);

    const cleared = applyCartChanges([dressed], [{ op: "substitute", item_id: 3, item: { name: "Salad", quantity: 1, unit_price_cents: 900, modifiers: [], special_instructions: "" } }]);
    expect(cleared.lines[1]).toMatchObject({ modifiers: [], special_instructions: null });
  });

  it("refuses the whole list when any part does not fit, saying which", () => {
    const error = thrown(() =>
      applyCartChanges(cart, [
        { op: "add", item: item("Shake", 1, 595) },
        { op: "remove", item_id: 99 },
        { op: "quantity", item_id: 2, quantity: 1 },
      ]),
    ) as InvalidOrder;
    expect(error.problems).toEqual([
      { path: ["changes", 1, "item_id"], message: "Item 99 is not on this order", words: { code: "ITEM_GONE", values: { item: 99 } } },
      { path: ["changes", 2, "quantity"], message: "Fries is already 1", words: { code: "QUANTITY_UNCHANGED", values: { name: "Fries", quantity: 1 } } },
    ]);
  });

  it("refuses changing a line that was removed, and removing the last line", () => {
    const removed = applyCartChanges(cart, [{ op: "remove", item_id: 2 }]).lines;
    expect((thrown(() => applyCartChanges(removed, [{ op: "quantity", item_id: 2, quantity: 3 }])) as InvalidOrder).problems[0]?.message).toBe(
      "Item 2 is not on this order any more",
    );
    expect((thrown(() => applyCartChanges(removed, [{ op: "remove", item_id: 1 }])) as InvalidOrder).problems[0]?.message).toMatch(/cancel the order instead/);
  });
});

describe("totals after cart changes", () => {
  const money = { taxBaseSubtotalCents: 2450, taxBaseCents: 214, tipCents: 300, feesCents: 199, discountCents: 500 };

  it("charges tax at the order's own rate and keeps tip and fees", () => {
    expect(recomputeTotals(money, [line(1, "Burger", 2, 1000), line(2, "Fries", 1, 450)])).toEqual({
      subtotalCents: 2450,
      taxCents: 214,
      discountCents: 500,
      totalCents: 2450 + 214 + 300 + 199 - 500,
    });
    expect(recomputeTotals(money, [line(1, "Burger", 1, 1000)]).taxCents).toBe(87); // 1000 × 214 / 2450 = 87.3
  });

  it("never lets the discount exceed the subtotal, and charges no tax on an untaxed order", () => {
    const totals = recomputeTotals({ ...money, taxBaseCents: 0, discountCents: 5000 }, [line(1, "Fries", 1, 450)]);
    expect(totals).toEqual({ subtotalCents: 450, taxCents: 0, discountCents: 450, totalCents: 499 });
    expect(recomputeTotals({ ...money, taxBaseSubtotalCents: 0 }, [line(1, "Fries", 1, 450)]).taxCents).toBe(0);
  });

  const arbitraryCart = fc
    .array(fc.record({ quantity: fc.integer({ min: 1, max: 20 }), unit: fc.integer({ min: 0, max: 5_000_000 }) }), { minLength: 1, maxLength: 8 })
    .map((rows) => rows.map((row, index) => line(index + 1, `Item ${index + 1}`, row.quantity, row.unit)));
  const arbitraryMoney = fc.record({
    taxBaseSubtotalCents: fc.integer({ min: 0, max: 100_000_000 }),
    taxBaseCents: fc.integer({ min: 0, max: 20_000_000 }),
    tipCents: fc.integer({ min: 0, max: 100_000 }),
    feesCents: fc.integer({ min: 0, max: 100_000 }),
    discountCents: fc.integer({ min: 0, max: 1_000_000 }),
  });
  const arbitraryChange = (ids: number[]) =>
    fc.oneof(
      fc.record({ op: fc.constant("add" as const), item: fc.record({ name: fc.constant("Extra"), quantity: fc.integer({ min: 1, max: 9 }), unit_price_cents: fc.integer({ min: 0, max: 100_000 }), modifiers: fc.constant([]) }) }),
      fc.record({ op: fc.constant("remove" as const), item_id: fc.constantFrom(...ids) }),
      fc.record({ op: fc.constant("quantity" as const), item_id: fc.constantFrom(...ids), quantity: fc.integer({ min: 1, max: 50 }) }),
      fc.record({
        op: fc.constant("substitute" as const),
        item_id: fc.constantFrom(...ids),
        item: fc.record({ name: fc.constant("Sub"), quantity: fc.integer({ min: 1, max: 9 }), unit_price_cents: fc.integer({ min: 0, max: 100_000 }), modifiers: fc.constant([]) }),
      }),
    ) as fc.Arbitrary<CartChange>;

  it("stay right in cents under any accepted list of changes", () => {
    fc.assert(
      fc.property(
        arbitraryMoney,
        arbitraryCart.chain((cart) => fc.tuple(fc.constant(cart), fc.array(arbitraryChange(cart.map((l) => l.id!)), { minLength: 1, maxLength: 6 }))),
        (money, [cart, changes]) => {
          let result;
          try {
            result = applyCartChanges(cart, changes);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidOrder);
            return;
          }
          const { lines } = result;
          const totals = recomputeTotals(money, lines);
          const active = lines.filter((l) => !l.removed);
          expect(totals.subtotalCents).toBe(active.reduce((sum, l) => sum + lineTotalCents(l), 0));
          expect(Number.isInteger(totals.taxCents) && totals.taxCents >= 0).toBe(true);
          if (money.taxBaseSubtotalCents > 0) {
            // Within half a cent of the exact rate.
            expect(Math.abs(totals.taxCents * money.taxBaseSubtotalCents - totals.subtotalCents * money.taxBaseCents)).toBeLessThanOrEqual(money.taxBaseSubtotalCents / 2);
          }
          expect(totals.discountCents).toBe(Math.min(money.discountCents, totals.subtotalCents));
          expect(totals.totalCents).toBe(totals.subtotalCents + totals.taxCents + money.tipCents + money.feesCents - totals.discountCents);
          expect(totals.totalCents).toBeGreaterThanOrEqual(0);
          expect(lines.length).toBeGreaterThanOrEqual(cart.length);
          expect(active.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leave an unchanged cart's totals exactly as the platform sent them", () => {
    fc.assert(
      fc.property(arbitraryCart, fc.integer({ min: 0, max: 3000 }), (cart, rateBp) => {
        const subtotal = cart.reduce((sum, l) => sum + lineTotalCents(l), 0);
        const tax = Math.round((subtotal * rateBp) / 10_000);
        const totals = recomputeTotals({ taxBaseSubtotalCents: subtotal, taxBaseCents: tax, tipCents: 0, feesCents: 0, discountCents: 0 }, cart);
        expect(totals.taxCents).toBe(subtotal === 0 ? 0 : tax);
      }),
    );
  });
});
