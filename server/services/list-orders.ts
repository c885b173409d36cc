import { and, desc, eq, lt, or } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { orderFilterConditions, ZOrderFilters } from "./order-filters";
import { withItems } from "./order-views";

export const ZListOrders = ZOrderFilters.extend({
  /** Opaque position from the previous page's `nextCursor`. */
  cursor: z
    .string()
    .regex(/^\d+\.\d+$/, "Not a cursor from a previous page")
    .optional(),
  limit: z.int().min(1).max(100).default(50),
});
export type ListOrdersInput = z.infer<typeof ZListOrders>;

/** Newest first, with keyset pagination on (placed_at, id) so deep pages cost what the first does. */
export function listOrders({ cursor, limit, ...filters }: ListOrdersInput) {
  const db = getDb();
  const [placedAt, id] = cursor ? cursor.split(".").map(Number) : [];
  const after =
    placedAt !== undefined && id !== undefined
      ? or(lt(orders.placedAt, placedAt), and(eq(orders.placedAt, placedAt), lt(orders.id, id)))
      : undefined;
  const rows = db
    .select()
    .from(orders)
    .where(and(orderFilterConditions(db, filters), after))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    orders: withItems(db, page),
    nextCursor: rows.length > limit && last ? `${last.placedAt}.${last.id}` : null,
  };
}
