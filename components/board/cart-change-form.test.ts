import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZCartChange, ZCartReason } from "@/server/domain/cart";
import { cartChangeForm, cartFormValues, type CartEdit, type CartWords } from "./cart-change-form";

const WORDS: CartWords = { nameMissing: "name?", quantityInvalid: "count?", priceInvalid: "price?", chooseReason: "why?", otherNeedsMessage: "say why" };
const line = { id: 7, name: "Burger", quantity: 2, unitPriceCents: 1250, modifiers: [], specialInstructions: "No onion" } as unknown as Extract<CartEdit, { item: unknown }>["item"];
const form = (edit: CartEdit, typed: Record<string, unknown>) => cartChangeForm(edit, WORDS).safeParse({ ...cartFormValues(edit), ...typed });
const problems = (result: z.ZodSafeParseResult<unknown>) => (result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message])));

describe("the cart change form", () => {
  it("reads each kind of change into what the server accepts", () => {
    const cases: [CartEdit, Record<string, unknown>, unknown][] = [
      [{ mode: "add" }, { name: " Fries ", price: "3.5", quantity: "2", reason: { code: "customer_request", message: "" } }, { op: "add", item: { name: "Fries", quantity: 2, unit_price_cents: 350, modifiers: [] } }],
      [{ mode: "substitute", item: line }, { name: "Veggie burger", keepExtras: false }, { op: "substitute", item_id: 7, item: { name: "Veggie burger", quantity: 1, unit_price_cents: 1250, modifiers: [], special_instructions: "" } }],
      [{ mode: "substitute", item: line }, { name: "Veggie burger" }, { op: "substitute", item_id: 7, item: { name: "Veggie burger", quantity: 1, unit_price_cents: 1250 } }],
      [{ mode: "quantity", item: line }, { quantity: "3", reason: { code: "out_of_stock", message: "" } }, { op: "quantity", item_id: 7, quantity: 3 }],
      [{ mode: "remove", item: line }, { reason: { code: "other", message: "Dropped it" } }, { op: "remove", item_id: 7 }],
      [{ mode: "note", item: line }, { note: "Extra napkins", reason: { code: "customer_request", message: "" } }, { op: "instructions", item_id: 7, special_instructions: "Extra napkins" }],
    ];
    for (const [edit, typed, change] of cases) {
      const result = form(edit, typed);
      expect(result.success, edit.mode).toBe(true);
      expect(result.data!.change).toEqual(change);
      expect(ZCartChange.parse(result.data!.change)).toBeTruthy();
      expect(ZCartReason.parse(result.data!.reason)).toEqual(result.data!.reason);
    }
  });

  it("refuses in the screen's words what the server's rules refuse, and only the fields the kind shows", () => {
    expect(problems(form({ mode: "add" }, { name: "  ", price: "4.505", quantity: "0" }))).toEqual({ name: "name?", price: "price?", quantity: "count?", "reason.code": "why?" });
    expect(problems(form({ mode: "quantity", item: line }, { quantity: "1.5", name: "", price: "junk", reason: { code: "other", message: " " } }))).toEqual({ quantity: "count?", "reason.message": "say why" });
    expect(problems(form({ mode: "remove", item: line }, { quantity: "junk", reason: { code: "other", message: " " } }))).toEqual({ "reason.message": "say why" });
    expect(problems(form({ mode: "add" }, { name: "x".repeat(201), price: "1", quantity: "1000", reason: { code: "other", message: "ok" } }))).toEqual({ name: "name?", quantity: "count?" });
  });
});
