import { z } from "zod";
import { channelProblems, ZChannel } from "./channel";
import { PAID_ON_PLATFORM, paymentProblems, ZPayment } from "./payment";
import { ZPlatform } from "./platforms";
import { ZFulfillmentType, addressProblems } from "./fulfillment";
import { ZModifierAction } from "./modifiers";
import { ZCents, ZCurrency, subtotalCents, totalCents } from "./money";
import type { OrderProblem } from "./errors";

const text = (max: number) => z.string().trim().max(max);

export const ZModifier = z.object({
  external_id: text(100).optional().describe("The platform's id of this modifier"),
  name: text(100).min(1),
  action: ZModifierAction.default("choice"),
  quantity: z.int().min(1).max(99).default(1),
  price_cents: ZCents.default(0),
});
export type Modifier = z.infer<typeof ZModifier>;

export const ZNewOrderItem = z.object({
  external_id: text(100).optional(),
  name: text(200).min(1),
  quantity: z.int().min(1).max(999),
  unit_price_cents: ZCents,
  modifiers: z.array(ZModifier).max(50).default([]),
  special_instructions: text(500).optional(),
});

/** The normalized order an integrator (or a platform adapter) submits. Money in minor units. */
export const ZNewOrder = z.object({
  platform: ZPlatform,
  external_id: text(100).min(1),
  short_code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,12}$/, "2 to 12 letters, digits or dashes")
    .optional(),
  store_id: text(64).min(1),
  customer: z.object({
    external_id: text(100).optional().describe("The platform's id of the customer: their orders are matched by it first, then by phone, then by email"),
    first_name: text(60).min(1),
    last_name: text(60).default(""),
    phone: text(30).optional(),
    email: z.email().max(200).optional(),
  }),
  fulfillment: z.object({
    type: ZFulfillmentType,
    address: text(300).optional(),
    vehicle: text(100).optional(),
    table: text(20).optional(),
  }),
  items: z.array(ZNewOrderItem).min(1, "An order needs at least one item").max(200),
  special_instructions: text(1000).optional(),
  money: z.object({
    currency: ZCurrency.default("USD"),
    subtotal_cents: ZCents,
    tax_cents: ZCents.default(0),
    tip_cents: ZCents.default(0),
    fees_cents: ZCents.default(0),
    discount_cents: ZCents.default(0),
    total_cents: ZCents,
  }),
  payment: ZPayment.extend({ paid: ZPayment.shape.paid.default(true) })
    .default(PAID_ON_PLATFORM)
    .describe("How the order is paid; without it, paid through the platform"),
  channel: ZChannel.optional().describe("Where the customer placed it; without it, the `X-App-Channel` header's, else the platform's own app"),
  placed_at: z.iso.datetime({ offset: true }).optional(),
  estimated_pickup_at: z.iso.datetime({ offset: true }).optional(),
  scheduled_for: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("For an order placed for later: when the customer wants it. It waits as `scheduled` until due to start (this time minus the store's quoted prep and buffer), then comes in"),
});
export type NewOrder = z.infer<typeof ZNewOrder>;
export type NewOrderInput = z.input<typeof ZNewOrder>;

/**
 * Checks that the money adds up (a platform's arithmetic error must not become the store's loss),
 * that a store delivery has its address, that only a drive-thru order arrives unpaid and that a
 * direct order names its channel.
 */
export function orderProblems(order: NewOrder): OrderProblem[] {
  const problems: OrderProblem[] = [];
  const lines = subtotalCents(order.items);
  if (order.money.subtotal_cents !== lines) {
    problems.push({
      path: ["money", "subtotal_cents"],
      message: `subtotal_cents is ${order.money.subtotal_cents} but the items add up to ${lines}`,
    });
  }
  if (order.money.discount_cents > order.money.subtotal_cents) {
    problems.push({ path: ["money", "discount_cents"], message: "discount_cents is larger than the subtotal" });
  }
  const total = totalCents(order.money);
  if (order.money.total_cents !== total) {
    problems.push({
      path: ["money", "total_cents"],
      message: `total_cents is ${order.money.total_cents} but subtotal + tax + tip + fees - discount is ${total}`,
    });
  }
  problems.push(...addressProblems(order.fulfillment.type, order.fulfillment.address));
  problems.push(...paymentProblems(order.payment, order.fulfillment.type, order.money.total_cents));
  problems.push(...channelProblems(order.platform, order.channel));
  return problems;
}

/** A short code for the ticket when the platform sends none: the tail of its id, which staff can read out. */
export function shortCodeFor(order: Pick<NewOrder, "short_code" | "external_id">): string {
  if (order.short_code) return order.short_code.toUpperCase();
  const alnum = order.external_id.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
  return alnum.slice(-6) || "ORDER";
}
