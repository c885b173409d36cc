import { decimalAmount } from "@/server/domain/money";
import type { OrderView } from "@/server/services/order-views";
import { csvLine } from "./csv";

/**
 * The export's columns: what a manager reads in a spreadsheet first (local time, items, the total in
 * the currency's units, issue, who accepted), and every amount in integer cents for reconciling.
 */
export const ORDER_CSV_HEADER = [
  "id", "short_code", "platform", "external_id", "store_id", "status", "fulfillment", "customer",
  "placed_at", "placed_local", "time_zone", "items", "currency", "total",
  "subtotal_cents", "tax_cents", "tip_cents", "fees_cents", "discount_cents", "total_cents",
  "reason_code", "payment_method", "paid", "channel", "has_issue", "accepted_by",
];

const localFormats = new Map<string, Intl.DateTimeFormat>();
/** "2026-11-26 14:05" in the zone: sortable, and read by spreadsheets as a date and time. */
function localTime(at: number, timeZone: string): string {
  let format = localFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    localFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** The lines still on the order, as the kitchen reads them: "2× Burger; 1× Fries". */
const itemsOf = (order: OrderView) =>
  order.items
    .filter((item) => item.removedAt === null)
    .map((item) => `${item.quantity}× ${item.name}`)
    .join("; ");

export type CsvExtras = { timezone: string; hasIssue: boolean; acceptedBy: string | null };

export function orderCsvLine(o: OrderView, { timezone, hasIssue, acceptedBy }: CsvExtras): string {
  return csvLine([
    o.id, o.shortCode, o.platform, o.externalId, o.storeId, o.status, o.fulfillmentType, `${o.customerFirstName} ${o.customerLastName}`.trim(),
    new Date(o.placedAt).toISOString(), localTime(o.placedAt, timezone), timezone, itemsOf(o), o.currency, decimalAmount(o.totalCents, o.currency),
    o.subtotalCents, o.taxCents, o.tipCents, o.feesCents, o.discountCents, o.totalCents,
    o.reasonCode, o.paymentMethod, String(o.paid), o.channel, String(hasIssue), acceptedBy,
  ]);
}
