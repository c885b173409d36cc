import "server-only";
import { count, sum } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { BOARD_STATUSES, FINISHED_STATUSES, ORDER_STATUSES, type OrderStatus } from "@/server/domain/order-status";
import { orderFilterConditions, type OrderFilters } from "./order-filters";

const sumOf = (byStatus: Record<OrderStatus, number>, statuses: readonly OrderStatus[]) =>
  statuses.reduce((sum, status) => sum + byStatus[status], 0);

/** Order counts by status, and the active (on the board) and finished totals, for the filtered set. */
export async function countOrders(filters: OrderFilters, stores: readonly string[] | null) {
  const db = getDb();
  const rows = await db
    .select({ status: orders.status, n: count() })
    .from(orders)
    .where(orderFilterConditions(db, filters, stores))
    .groupBy(orders.status);
  const byStatus = Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])) as Record<OrderStatus, number>;
  for (const row of rows) byStatus[row.status] = row.n;
  return {
    byStatus,
    active: sumOf(byStatus, BOARD_STATUSES),
    finished: sumOf(byStatus, FINISHED_STATUSES),
    total: sumOf(byStatus, ORDER_STATUSES),
  };
}

/** How many orders the filtered set holds (statuses included) and what they came to, per currency. */
export async function totalOrders(filters: OrderFilters, stores: readonly string[] | null) {
  const db = getDb();
  const rows = await db
    .select({ currency: orders.currency, n: count(), cents: sum(orders.totalCents) })
    .from(orders)
    .where(orderFilterConditions(db, filters, stores))
    .groupBy(orders.currency)
    .orderBy(orders.currency);
  return {
    count: rows.reduce((all, row) => all + row.n, 0),
    // SUM comes back as text on PostgreSQL (numeric); order totals are integer cents.
    totals: rows.map((row) => ({ currency: row.currency, total_cents: Number(row.cents ?? 0) })),
  };
}
