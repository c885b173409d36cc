import { and, eq, exists, gte, inArray, like, lt, not, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orderIssues, orderItems, orders } from "@/db/schema";
import { ZFulfillmentType } from "@/server/domain/fulfillment";
import { ZOrderStatus } from "@/server/domain/order-status";
import { ZPlatform } from "@/server/domain/platforms";

export const ZOrderFilters = z.object({
  storeId: z.string().min(1).optional(),
  status: z.array(ZOrderStatus).optional(),
  platform: z.array(ZPlatform).optional(),
  fulfillment: z.array(ZFulfillmentType).optional(),
  placedFrom: z.iso.datetime({ offset: true }).optional(),
  placedTo: z.iso.datetime({ offset: true }).optional(),
  /** Matches the short code, external id, customer name or an item's name. */
  q: z.string().trim().max(100).optional(),
  /** Only orders with (true) or without (false) a reported issue. */
  hasIssue: z.boolean().optional(),
});
export type OrderFilters = z.infer<typeof ZOrderFilters>;

function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One translation of the filters, shared by the list and the counts so they never disagree. */
export function orderFilterConditions(db: Db, filters: OrderFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.storeId) conditions.push(eq(orders.storeId, filters.storeId));
  if (filters.status?.length) conditions.push(inArray(orders.status, filters.status));
  if (filters.platform?.length) conditions.push(inArray(orders.platform, filters.platform));
  if (filters.fulfillment?.length) conditions.push(inArray(orders.fulfillmentType, filters.fulfillment));
  if (filters.placedFrom) conditions.push(gte(orders.placedAt, Date.parse(filters.placedFrom)));
  if (filters.placedTo) conditions.push(lt(orders.placedAt, Date.parse(filters.placedTo)));
  if (filters.hasIssue !== undefined) {
    const issue = exists(db.select({ one: sql`1` }).from(orderIssues).where(eq(orderIssues.orderId, orders.id)));
    conditions.push(filters.hasIssue ? issue : not(issue));
  }
  if (filters.q) {
    const pattern = containing(filters.q);
    const likeEscaped = (column: Parameters<typeof like>[0]) => sql`${column} like ${pattern} escape '\\'`;
    conditions.push(
      or(
        likeEscaped(orders.shortCode),
        likeEscaped(orders.externalId),
        likeEscaped(orders.customerFirstName),
        likeEscaped(orders.customerLastName),
        exists(
          db
            .select({ one: sql`1` })
            .from(orderItems)
            .where(and(eq(orderItems.orderId, orders.id), likeEscaped(orderItems.name))),
        ),
      ),
    );
  }
  return and(...conditions);
}
