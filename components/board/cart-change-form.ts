import type { DefaultValues } from "react-hook-form";
import { z } from "zod";
import { typedField } from "@/components/ui/typed-field";
import { cartReasonSchema, type CartChange, type CartReason } from "@/server/domain/cart";
import { centsFromDollars } from "@/server/domain/money";
import { ZNewOrderItem } from "@/server/domain/new-order";
import type { BoardOrder } from "./types";

type Item = BoardOrder["items"][number];
export type CartEdit = { mode: "add" } | { mode: "substitute" | "quantity" | "remove" | "note"; item: Item };
export type CartWords = Record<"nameMissing" | "quantityInvalid" | "priceInvalid" | "chooseReason" | "otherNeedsMessage", string>;

/** What the dialog opens with: a substitute starts at the replaced line's price with its reason chosen, a quantity at the line's count. */
export const cartFormValues = (edit: CartEdit): DefaultValues<CartFormValues> => ({
  name: "",
  price: edit.mode === "substitute" ? (edit.item.unitPriceCents / 100).toFixed(2) : "",
  quantity: String(edit.mode === "quantity" ? edit.item.quantity : 1),
  note: edit.mode === "add" ? "" : (edit.item.specialInstructions ?? ""),
  keepExtras: true,
  reason: { code: edit.mode === "substitute" ? "substitution" : undefined, message: "" },
});

/**
 * The dialog's form for one kind of change, read into the change and its reason by the same rules
 * the server applies (an order line's name, count and price; a reason, with a message for Other);
 * a field the kind does not show is not checked.
 */
export function cartChangeForm(edit: CartEdit, words: CartWords) {
  const wantsItem = edit.mode === "add" || edit.mode === "substitute";
  const counted = wantsItem || edit.mode === "quantity";
  return z
    .object({
      name: wantsItem ? typedField(ZNewOrderItem.shape.name.min(1), (text) => text, words.nameMissing) : z.string(),
      price: wantsItem ? typedField(ZNewOrderItem.shape.unit_price_cents, centsFromDollars, words.priceInvalid) : z.string(),
      quantity: counted ? typedField(ZNewOrderItem.shape.quantity, Number, words.quantityInvalid) : z.string(),
      note: ZNewOrderItem.shape.special_instructions.unwrap(),
      keepExtras: z.boolean(),
      reason: cartReasonSchema(words),
    })
    .transform(({ name, price, quantity, note, keepExtras, reason }): { change: CartChange; reason: CartReason } => {
      const item = { name: String(name), quantity: Number(quantity), unit_price_cents: Number(price) };
      switch (edit.mode) {
        case "add":
          return { change: { op: "add", item: { ...item, modifiers: [] } }, reason };
        case "substitute":
          // Left out, the line's modifiers and note carry over to the substitute.
          return { change: { op: "substitute", item_id: edit.item.id, item: keepExtras ? item : { ...item, modifiers: [], special_instructions: "" } }, reason };
        case "quantity":
          return { change: { op: "quantity", item_id: edit.item.id, quantity: Number(quantity) }, reason };
        case "remove":
          return { change: { op: "remove", item_id: edit.item.id }, reason };
        case "note":
          return { change: { op: "instructions", item_id: edit.item.id, special_instructions: note }, reason };
      }
    });
}
export type CartFormValues = z.input<ReturnType<typeof cartChangeForm>>;
