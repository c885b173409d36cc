import { z } from "zod";

/** Integer minor units (cents); a million in the currency is far above any real order. */
export const ZCents = z.int().nonnegative().max(100_000_000);
export const ZCurrency = z.string().regex(/^[A-Z]{3}$/, "Use a three-letter ISO currency code, e.g. USD");

export type PricedModifier = { quantity: number; price_cents: number };
export type PricedLine = { quantity: number; unit_price_cents: number; modifiers: PricedModifier[] };

export function lineTotalCents(line: PricedLine): number {
  const modifiers = line.modifiers.reduce((sum, m) => sum + m.quantity * m.price_cents, 0);
  return line.quantity * (line.unit_price_cents + modifiers);
}

export function subtotalCents(lines: PricedLine[]): number {
  return lines.reduce((sum, line) => sum + lineTotalCents(line), 0);
}

export type MoneyBreakdown = {
  subtotal_cents: number;
  tax_cents: number;
  tip_cents: number;
  fees_cents: number;
  discount_cents: number;
};

export function totalCents(money: MoneyBreakdown): number {
  return money.subtotal_cents + money.tax_cents + money.tip_cents + money.fees_cents - money.discount_cents;
}

const decimalsOf = (currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Formats minor units for display, honouring the currency's own number of decimals. */
export function formatMoney(cents: number, currency: string, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(cents / 10 ** decimalsOf(currency));
}

/** Minor units as a plain decimal a spreadsheet reads as a number: 2801 USD is "28.01", 500 JPY "500". */
export function decimalAmount(cents: number, currency: string): string {
  const digits = decimalsOf(currency);
  return (cents / 10 ** digits).toFixed(digits);
}

/** "12.5" or "$12.50" typed by a person, in cents; null when it is not an amount of money. */
export function centsFromDollars(text: string): number | null {
  const match = /^\$?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** An amount a person may leave blank: blank is none (null); what is not an amount is NaN, which no cents schema accepts. */
export const optionalCentsFromDollars = (text: string) => (text.trim() ? (centsFromDollars(text) ?? Number.NaN) : null);
