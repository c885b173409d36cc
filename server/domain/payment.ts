import { z } from "zod";
import type { OrderProblem } from "./errors";
import type { FulfillmentType } from "./fulfillment";
import { formatMoney, ZCents } from "./money";

/** How an order is paid: through the platform, or at the store by card, cash or otherwise. */
export const PAYMENT_METHODS = ["platform", "card", "cash", "other"] as const;
export const ZPaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof ZPaymentMethod>;

export const PAYMENT_LABELS: Record<PaymentMethod, string> = { platform: "Paid on the platform", card: "Card", cash: "Cash", other: "Other" };

export const ZPayment = z.object({
  method: ZPaymentMethod.describe("`platform`: paid through the platform; `card`, `cash`, `other`: paid (or to be paid) at the store"),
  paid: z.boolean().describe("false only for a drive-thru order paid at the window"),
  cash_tendered_cents: ZCents.optional().describe("Cash orders: what the customer will hand over, so the store has the change ready"),
});
export type Payment = z.infer<typeof ZPayment>;

/** What an order that says nothing about payment is: paid through its platform. */
export const PAID_ON_PLATFORM: Payment = { method: "platform", paid: true };

/** Only a drive-thru order is paid at the window; any other order must arrive paid. */
export function paymentProblems(payment: Payment, fulfillment: FulfillmentType, totalCents: number): OrderProblem[] {
  const problems: OrderProblem[] = [];
  if (!payment.paid && fulfillment !== "drive_thru") {
    problems.push({ path: ["payment", "paid"], message: "Only a drive-thru order may arrive unpaid; any other order must be paid before it is sent" });
  }
  if (!payment.paid && payment.method === "platform") problems.push({ path: ["payment", "method"], message: "An order paid through the platform is paid: use card, cash or other" });
  if (payment.cash_tendered_cents !== undefined) {
    if (payment.method !== "cash") problems.push({ path: ["payment", "cash_tendered_cents"], message: "cash_tendered_cents is for cash payments only" });
    else if (payment.cash_tendered_cents < totalCents) problems.push({ path: ["payment", "cash_tendered_cents"], message: "cash_tendered_cents is less than the order's total" });
  }
  return problems;
}

type Collectable = { paid: boolean; paymentMethod: PaymentMethod; cashTenderedCents: number | null; totalCents: number; currency: string };

/** The amount and how it is paid: "$24.50 · cash". */
export const paymentSummary = ({ paymentMethod, totalCents, currency }: Omit<Collectable, "paid" | "cashTenderedCents">) =>
  `${formatMoney(totalCents, currency)} · ${PAYMENT_LABELS[paymentMethod].toLowerCase()}`;

/** What staff must collect before handing an unpaid order over, and the change to have ready for cash; null once paid. */
export function collectDue(order: Collectable): { method: PaymentMethod; totalCents: number; change: { tenderedCents: number; changeCents: number } | null } | null {
  if (order.paid) return null;
  const { cashTenderedCents, totalCents } = order;
  const change = order.paymentMethod === "cash" && cashTenderedCents !== null && cashTenderedCents > totalCents ? { tenderedCents: cashTenderedCents, changeCents: cashTenderedCents - totalCents } : null;
  return { method: order.paymentMethod, totalCents, change };
}

/** `collectDue` in English, e.g. "Collect $24.50 · cash · change from $30.00: $5.50"; null once paid. */
export function collectLine(order: Collectable): string | null {
  const due = collectDue(order);
  if (!due) return null;
  const change = due.change ? ` · change from ${formatMoney(due.change.tenderedCents, order.currency)}: ${formatMoney(due.change.changeCents, order.currency)}` : "";
  return `Collect ${paymentSummary(order)}${change}`;
}
