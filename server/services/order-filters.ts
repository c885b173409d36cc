import "server-only";
import { and, eq, exists, gte, inArray, isNotNull, isNull, lt, not, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { containsText } from "@/db/dialect";
import { orderIssues, orderItems, orders } from "@/db/schema";
import { ZChannel } from "@/server/domain/channel";
import { ZHandoverOutcome } from "@/server/domain/handover";
import { ZFulfillmentType } from "@/server/domain/fulfillment";
import { ZOrderStatus } from "@/server/domain/order-status";
import { ZPaymentMethod } from "@/server/domain/payment";
import { ZPlatform } from "@/server/domain/platforms";
import { queryFlag, queryList } from "@/server/domain/query-values";
import { notDeleted } from "./order-views";

/** The filters of every order list (history, REST, CSV export), as the REST query string names them. */
export const ZOrderFilters = z.object({
  store_id: z.string().min(1).max(64).describe("Only this store's orders").optional(),
  status: queryList(ZOrderStatus).describe("Comma-separated statuses; any of them matches").optional(),
  platform: queryList(ZPlatform).describe("Comma-separated platforms; any of them matches").optional(),
  fulfillment: queryList(ZFulfillmentType).describe("Comma-separated fulfillment types; any of them matches").optional(),
  placed_from: z.iso.datetime({ offset: true }).describe("Placed at or after this ISO 8601 time").optional(),
  placed_to: z.iso.datetime({ offset: true }).describe("Placed before this ISO 8601 time").optional(),
  q: z.string().trim().max(100).describe("Short code, external id, customer name or an item's name contains this").optional(),
  has_issue: queryFlag.describe("true: only orders with a reported issue; false: only those without").optional(),
  channel: queryList(ZChannel).describe("Comma-separated channels the orders were placed through; any of them matches").optional(),
  payment_method: queryList(ZPaymentMethod).describe("Comma-separated payment methods; any of them matches").optional(),
  paid: queryFlag.describe("false: only orders still to be paid at the store; true: only paid ones").optional(),
  assignee_id: queryList(z.coerce.number<number>().int().positive()).describe("Comma-separated employee ids; orders assigned to any of them").optional(),
  customer_id: queryList(z.coerce.number<number>().int().positive()).describe("Comma-separated customer ids: their orders").optional(),
  outcome: queryList(ZHandoverOutcome).describe("Comma-separated handover outcomes of failed orders: not_picked_up, pickup_failed, delivery_failed").optional(),
  scheduled: queryFlag.describe("true: only orders placed for later; false: only orders placed for now").optional(),
  group: queryList(z.coerce.number<number>().int().positive()).describe("Comma-separated staff group ids; orders assigned to any of them").optional(),
});
export type OrderFilters = z.infer<typeof ZOrderFilters>;

/**
 * One translation of the filters, shared by the list and the counts so they never disagree.
 * `stores`: the stores the caller may see (null: every store).
 */
export function orderFilterConditions(db: Db, filters: OrderFilters, stores: readonly string[] | null): SQL | undefined {
  const conditions: (SQL | undefined)[] = [notDeleted];
  if (stores !== null) conditions.push(inArray(orders.storeId, [...stores]));
  if (filters.store_id) conditions.push(eq(orders.storeId, filters.store_id));
  if (filters.status?.length) conditions.push(inArray(orders.status, filters.status));
  if (filters.platform?.length) conditions.push(inArray(orders.platform, filters.platform));
  if (filters.fulfillment?.length) conditions.push(inArray(orders.fulfillmentType, filters.fulfillment));
  if (filters.channel?.length) conditions.push(inArray(orders.channel, filters.channel));
  if (filters.payment_method?.length) conditions.push(inArray(orders.paymentMethod, filters.payment_method));
  if (filters.paid !== undefined) conditions.push(eq(orders.paid, filters.paid));
  if (filters.assignee_id?.length) conditions.push(inArray(orders.assigneeId, filters.assignee_id));
  if (filters.group?.length) conditions.push(inArray(orders.groupId, filters.group));
  if (filters.customer_id?.length) conditions.push(inArray(orders.customerId, filters.customer_id));
  if (filters.outcome?.length) conditions.push(inArray(orders.outcome, filters.outcome));
  if (filters.scheduled !== undefined) conditions.push(filters.scheduled ? isNotNull(orders.scheduledFor) : isNull(orders.scheduledFor));
  if (filters.placed_from) conditions.push(gte(orders.placedAt, Date.parse(filters.placed_from)));
  if (filters.placed_to) conditions.push(lt(orders.placedAt, Date.parse(filters.placed_to)));
  if (filters.has_issue !== undefined) {
    const issue = exists(db.select({ one: sql`1` }).from(orderIssues).where(eq(orderIssues.orderId, orders.id)));
    conditions.push(filters.has_issue ? issue : not(issue));
  }
  if (filters.q) {
    const q = filters.q;
    const likeEscaped = (column: SQLWrapper) => containsText(column, q);
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
