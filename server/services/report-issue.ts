import "server-only";
import { transaction } from "@/db/client";
import { orderIssues } from "@/db/schema";
import { InvalidOrder, type OrderProblem } from "@/server/domain/errors";
import { DEFAULT_PRIORITY, ISSUE_TYPE_LABELS, PRIORITY_LABELS, type NewIssue } from "@/server/domain/order-issue";
import type { Actor } from "./actor";
import { publish, publishIssueEvents, recordIssueEvent } from "./issue-events";
import { loadOrderView } from "./order-views";

/** Reports a problem with an order: its type, priority (defaulted per type), the lines affected and a refund asked for. */
export async function reportIssue({ orderId, issue, actor }: { orderId: number; issue: NewIssue; actor: Actor }) {
  const result = await transaction(
    async (tx) => {
      const order = await loadOrderView(orderId);
      const problems: OrderProblem[] = [];
      const affectedItems = issue.affected_items.flatMap((affected, index) => {
        const line = order.items.find((item) => item.id === affected.item_id);
        if (!line) {
          problems.push({ path: ["affected_items", index, "item_id"], message: `Item ${affected.item_id} is not on this order` });
          return [];
        }
        if (affected.quantity > line.quantity) {
          problems.push({ path: ["affected_items", index, "quantity"], message: `The order has only ${line.quantity} × ${line.name}` });
        }
        return [{ itemId: line.id, name: line.name, quantity: affected.quantity }];
      });
      if (issue.refund_cents !== null && issue.refund_cents > order.totalCents) {
        problems.push({ path: ["refund_cents"], message: "A refund cannot be more than the order's total" });
      }
      if (problems.length > 0) throw new InvalidOrder(problems);

      const now = Date.now();
      const priority = issue.priority ?? DEFAULT_PRIORITY[issue.type];
      const [row] = await tx
        .insert(orderIssues)
        .values({
          orderId,
          storeId: order.storeId,
          type: issue.type,
          priority,
          status: "open",
          description: issue.description,
          affectedItems,
          refundCents: issue.refund_cents,
          currency: order.currency,
          reportedBy: actor.name,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const summary = `${ISSUE_TYPE_LABELS[issue.type]}, ${PRIORITY_LABELS[priority].toLowerCase()} priority: ${issue.description}`;
      const event = await recordIssueEvent(row!, { type: "issue_reported", data: { issueId: row!.id, summary } }, actor, now);
      return publishIssueEvents(tx, row!.id, [event]);
    },
    { write: true },
  );
  publish(result);
  return result[0]!;
}
