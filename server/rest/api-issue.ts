import type { OrderIssueRow, OrderRow } from "@/db/schema";
import { toIso as iso } from "@/server/domain/time-zone";
import type { ApiIssue } from "./api-schemas";

type OrderSummary = Pick<OrderRow, "shortCode" | "platform" | "customerFirstName" | "customerLastName">;

/** An issue as integrators (and the triage pages) see it: snake_case, UTC times, money in minor units. */
export function toApiIssue(issue: OrderIssueRow, order: OrderSummary): ApiIssue {
  return {
    id: issue.id,
    order_id: issue.orderId,
    order: { short_code: order.shortCode, platform: order.platform, customer: { first_name: order.customerFirstName, last_name: order.customerLastName } },
    store_id: issue.storeId,
    type: issue.type,
    priority: issue.priority,
    status: issue.status,
    description: issue.description,
    affected_items: issue.affectedItems.map((item) => ({ item_id: item.itemId, name: item.name, quantity: item.quantity })),
    refund_cents: issue.refundCents,
    currency: issue.currency,
    resolution_note: issue.resolutionNote,
    assignee_id: issue.assigneeId,
    reported_by: issue.reportedBy,
    version: issue.version,
    created_at: iso(issue.createdAt),
    updated_at: iso(issue.updatedAt),
  };
}
