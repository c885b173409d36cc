import { z } from "zod";
import { InvalidOrder, type OrderProblem } from "./errors";
import { describeModifier } from "./modifiers";
import { lineTotalCents } from "./money";
import { ZNewOrderItem, type Modifier } from "./new-order";
import { reasonWithMessage, type ReasonWords } from "./reason-codes";

export const CART_REASON_CODES = ["customer_request", "out_of_stock", "substitution", "other"] as const;
export const CART_REASON_LABELS: Record<(typeof CART_REASON_CODES)[number], string> = {
  customer_request: "Customer request",
  out_of_stock: "Out of stock",
  substitution: "Substitution",
  other: "Other",
};

/** Every cart change says why. */
export const cartReasonSchema = (words?: ReasonWords) => reasonWithMessage(CART_REASON_CODES, "other", words);
export const ZCartReason = cartReasonSchema();
export type CartReason = z.infer<typeof ZCartReason>;

const ZItemId = z.int().positive();
export const ZCartChange = z.discriminatedUnion("op", [
  z.object({ op: z.literal("add"), item: ZNewOrderItem }),
  z.object({ op: z.literal("remove"), item_id: ZItemId }),
  z.object({ op: z.literal("quantity"), item_id: ZItemId, quantity: z.int().min(1).max(999) }),
  // Left out, the replaced line's modifiers and note carry over ("No onion" still applies to the new bun); [] and "" clear them.
  z.object({ op: z.literal("substitute"), item_id: ZItemId, item: ZNewOrderItem.extend({ modifiers: ZNewOrderItem.shape.modifiers.removeDefault().optional() }) }),
  z.object({ op: z.literal("instructions"), item_id: ZItemId, special_instructions: z.string().trim().max(500) }),
]);
export type CartChange = z.infer<typeof ZCartChange>;
export const ZCartChanges = z.array(ZCartChange).min(1, "Send at least one change").max(50);

/** A line as the cart rules see it; `id` is null for a line this change adds. */
export type CartLine = {
  id: number | null;
  name: string;
  quantity: number;
  unit_price_cents: number;
  modifiers: Modifier[];
  special_instructions: string | null;
  removed: boolean;
  replacesItemId: number | null;
};

/** What the line shows for a change that has not been acknowledged yet: what, who, why. */
export type CartChangeNote = { at: number; by: string; reason: string; changes: string[] };

/** Once the kitchen has started on an order, a change to it waits on every tablet until someone acknowledges it. */
export function withChangeNote(status: string, notes: CartChangeNote[], note: CartChangeNote): CartChangeNote[] {
  return status === "incoming" ? notes : [...notes, note];
}

/** "2 × Burger (No onion, Extra cheese)": a line as a ticket and the timeline name it. */
export const lineLabel = (line: Pick<CartLine, "quantity" | "name" | "modifiers">) =>
  `${line.quantity} × ${line.name}${line.modifiers.length ? ` (${line.modifiers.map((modifier) => describeModifier(modifier)).join(", ")})` : ""}`;

type NewLine = Omit<z.infer<typeof ZNewOrderItem>, "modifiers"> & { modifiers?: Modifier[] };

function newLine(item: NewLine, replaced: CartLine | null): CartLine {
  return {
    id: null,
    name: item.name,
    quantity: item.quantity,
    unit_price_cents: item.unit_price_cents,
    modifiers: item.modifiers ?? replaced?.modifiers ?? [],
    special_instructions: (item.special_instructions ?? replaced?.special_instructions) || null,
    removed: false,
    replacesItemId: replaced?.id ?? null,
  };
}

/**
 * Applies a list of cart changes all or nothing: any change that does not fit the cart refuses
 * the whole list. Removed lines stay (marked removed); the summary reads the way a kitchen reads.
 */
export function applyCartChanges(current: CartLine[], changes: CartChange[]): { lines: CartLine[]; summary: string[] } {
  const lines = current.map((line) => ({ ...line }));
  const problems: OrderProblem[] = [];
  const summary: string[] = [];
  changes.forEach((change, index) => {
    if (change.op === "add") {
      const line = newLine(change.item, null);
      lines.push(line);
      summary.push(`Added ${lineLabel(line)}`);
      return;
    }
    const line = lines.find((candidate) => candidate.id === change.item_id);
    if (!line || line.removed) {
      problems.push({ path: ["changes", index, "item_id"], message: `Item ${change.item_id} is not on this order${line ? " any more" : ""}`, words: { code: "ITEM_GONE", values: { item: change.item_id } } });
      return;
    }
    switch (change.op) {
      case "remove":
        line.removed = true;
        summary.push(`Removed ${lineLabel(line)}`);
        break;
      case "quantity":
        if (change.quantity === line.quantity) {
          problems.push({ path: ["changes", index, "quantity"], message: `${line.name} is already ${line.quantity}`, words: { code: "QUANTITY_UNCHANGED", values: { name: line.name, quantity: line.quantity } } });
          break;
        }
        summary.push(`${line.name}: ${line.quantity} → ${change.quantity}`);
        line.quantity = change.quantity;
        break;
      case "substitute": {
        line.removed = true;
        const substitute = newLine(change.item, line);
        lines.push(substitute);
        summary.push(`Substituted ${lineLabel(line)} with ${lineLabel(substitute)}`);
        break;
      }
      case "instructions":
        line.special_instructions = change.special_instructions || null;
        summary.push(change.special_instructions ? `${line.name}: note “${change.special_instructions}”` : `${line.name}: note removed`);
        break;
    }
  });
  if (problems.length === 0 && lines.every((line) => line.removed)) {
    problems.push({ path: ["changes"], message: "An order needs at least one item: cancel the order instead", words: { code: "LAST_ITEM" } });
  }
  if (problems.length > 0) throw new InvalidOrder(problems);
  return { lines, summary };
}

export type OrderMoney = {
  taxBaseSubtotalCents: number;
  taxBaseCents: number;
  tipCents: number;
  feesCents: number;
  discountCents: number;
};

/** Rounds a × b / c half up, exactly, whatever the sizes (a cents total times a tax can pass 2^53). */
function mulDivRound(a: number, b: number, c: number): number {
  const [x, y, z] = [BigInt(a), BigInt(b), BigInt(c)];
  return Number((2n * x * y + z) / (2n * z));
}

/**
 * Totals after a cart change: the subtotal of the lines still on the order, tax at the rate the
 * platform charged (its tax over its subtotal), tip and fees as they were, and a discount that
 * never exceeds the subtotal.
 */
export function recomputeTotals(money: OrderMoney, lines: CartLine[]) {
  const subtotalCents = lines.filter((line) => !line.removed).reduce((sum, line) => sum + lineTotalCents(line), 0);
  const taxCents = money.taxBaseSubtotalCents === 0 ? 0 : mulDivRound(subtotalCents, money.taxBaseCents, money.taxBaseSubtotalCents);
  const discountCents = Math.min(money.discountCents, subtotalCents);
  return {
    subtotalCents,
    taxCents,
    discountCents,
    totalCents: subtotalCents + taxCents + money.tipCents + money.feesCents - discountCents,
  };
}
