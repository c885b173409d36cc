import "server-only";
import { and, asc, desc, eq, gt, lt, or } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { orderFilterConditions, ZOrderFilters } from "./order-filters";
import { withItems } from "./order-views";

/** The columns a list can be sorted by; each pairs with the id for a stable keyset. */
const SORT_COLUMNS = { placed: orders.placedAt, total: orders.totalCents } as const;

export const ZListOrders = ZOrderFilters.extend({
  sort: z.enum(["placed", "total"]).describe("placed (the default) or total").default("placed"),
  dir: z.enum(["asc", "desc"]).describe("desc (the default) or asc").default("desc"),
  cursor: z
    .string()
    .regex(/^\d+\.\d+$/, "Not a cursor from a previous page")
    .describe("next_cursor of the previous page")
    .optional(),
  limit: z.coerce.number<number>().int().min(1).max(500).describe("Page size, 1 to 500").default(50),
});
export type ListOrdersInput = z.infer<typeof ZListOrders>;

/**
 * Orders, sorted (newest first by default), with keyset pagination on (sort column, id), so a page
 * deep in a large history costs what the first one does.
 */
export async function listOrders({ cursor, limit, sort, dir, ...filters }: ListOrdersInput, stores: readonly string[] | null) {
  const db = getDb();
  const column = SORT_COLUMNS[sort];
  const [value, id] = cursor ? cursor.split(".").map(Number) : [];
  const beyond = dir === "desc" ? lt : gt;
  const after = value !== undefined && id !== undefined ? or(beyond(column, value), and(eq(column, value), beyond(orders.id, id))) : undefined;
  const order = dir === "desc" ? desc : asc;
  const rows = await db
    .select()
    .from(orders)
    .where(and(orderFilterConditions(db, filters, stores), after))
    .orderBy(order(column), order(orders.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    orders: await withItems(db, page),
    nextCursor: rows.length > limit && last ? `${sort === "placed" ? last.placedAt : last.totalCents}.${last.id}` : null,
  };
}
