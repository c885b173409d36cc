import "server-only";
import { and, asc, count, eq, gt, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { containsText } from "@/db/dialect";
import { orderIssues, orders } from "@/db/schema";
import { ISSUE_STATUSES, ZIssuePriority, ZIssueStatus, ZIssueType, type IssueStatus } from "@/server/domain/order-issue";
import { ZPlatform } from "@/server/domain/platforms";
import { queryList } from "@/server/domain/query-values";
import { notDeleted } from "./order-views";

const anyOf = (what: string) => `Comma-separated ${what}; any of them matches`;

/** The filters of the issue lists (triage page, REST), as the REST query string names them. */
export const ZIssueFilters = z.object({
  store_id: z.string().min(1).max(64).describe("Only this store's issues").optional(),
  status: queryList(ZIssueStatus).describe(anyOf("issue statuses")).optional(),
  type: queryList(ZIssueType).describe(anyOf("issue types")).optional(),
  priority: queryList(ZIssuePriority).describe(anyOf("priorities")).optional(),
  platform: queryList(ZPlatform).describe(anyOf("platforms")).optional(),
  reported_from: z.iso.datetime({ offset: true }).describe("Reported at or after this ISO 8601 time").optional(),
  reported_to: z.iso.datetime({ offset: true }).describe("Reported before this ISO 8601 time").optional(),
  q: z.string().trim().max(100).describe("The description, the order's short code or the customer's name contains this").optional(),
});
export const ZListIssues = ZIssueFilters.extend({
  cursor: z
    .string()
    .regex(/^\d\.\d+\.\d+$/, "Not a cursor from a previous page")
    .describe("next_cursor of the previous page")
    .optional(),
  limit: z.coerce.number<number>().int().min(1).max(100).describe("Page size, 1 to 100").default(50),
});
export type IssueFilters = z.infer<typeof ZIssueFilters>;

/** Urgent first, and within a priority the oldest first: the order triage works in. */
const priorityRank = sql<number>`case ${orderIssues.priority} when 'urgent' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;

/** `stores`: the stores the caller may see (null: every store). */
function conditions(filters: IssueFilters, stores: readonly string[] | null): SQL | undefined {
  return and(
    notDeleted,
    stores === null ? undefined : inArray(orderIssues.storeId, [...stores]),
    filters.store_id ? eq(orderIssues.storeId, filters.store_id) : undefined,
    filters.status?.length ? inArray(orderIssues.status, filters.status) : undefined,
    filters.type?.length ? inArray(orderIssues.type, filters.type) : undefined,
    filters.priority?.length ? inArray(orderIssues.priority, filters.priority) : undefined,
    filters.platform?.length ? inArray(orders.platform, filters.platform) : undefined,
    filters.reported_from ? gte(orderIssues.createdAt, Date.parse(filters.reported_from)) : undefined,
    filters.reported_to ? lt(orderIssues.createdAt, Date.parse(filters.reported_to)) : undefined,
    filters.q
      ? or(
          containsText(orderIssues.description, filters.q),
          containsText(orders.shortCode, filters.q),
          containsText(sql`(${orders.customerFirstName} || ' ' || ${orders.customerLastName})`, filters.q),
        )
      : undefined,
  );
}

export async function listIssues({ cursor, limit, ...filters }: z.infer<typeof ZListIssues>, stores: readonly string[] | null) {
  const [rank, createdAt, id] = cursor ? cursor.split(".").map(Number) : [];
  const after =
    rank !== undefined && createdAt !== undefined && id !== undefined
      ? or(
          gt(priorityRank, rank),
          and(eq(priorityRank, rank), gt(orderIssues.createdAt, createdAt)),
          and(eq(priorityRank, rank), eq(orderIssues.createdAt, createdAt), gt(orderIssues.id, id)),
        )
      : undefined;
  const rows = await getDb()
    .select({
      issue: orderIssues,
      rank: priorityRank,
      order: { shortCode: orders.shortCode, platform: orders.platform, customerFirstName: orders.customerFirstName, customerLastName: orders.customerLastName },
    })
    .from(orderIssues)
    .innerJoin(orders, eq(orders.id, orderIssues.orderId))
    .where(and(conditions(filters, stores), after))
    .orderBy(asc(priorityRank), asc(orderIssues.createdAt), asc(orderIssues.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    issues: page.map(({ issue, order }) => ({ ...issue, order })),
    nextCursor: rows.length > limit && last ? `${last.rank}.${last.issue.createdAt}.${last.issue.id}` : null,
  };
}

export async function countIssues(filters: Omit<IssueFilters, "status">, stores: readonly string[] | null): Promise<Record<IssueStatus, number>> {
  const rows = await getDb()
    .select({ status: orderIssues.status, n: count() })
    .from(orderIssues)
    .innerJoin(orders, eq(orders.id, orderIssues.orderId))
    .where(conditions(filters, stores))
    .groupBy(orderIssues.status);
  const counts = Object.fromEntries(ISSUE_STATUSES.map((status) => [status, 0])) as Record<IssueStatus, number>;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
