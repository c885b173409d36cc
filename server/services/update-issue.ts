import "server-only";
import { and, eq } from "drizzle-orm";
import { transaction } from "@/db/client";
import { employees, orderIssues } from "@/db/schema";
import { InvalidRequest, VersionConflict } from "@/server/domain/errors";
import { formatMoney } from "@/server/domain/money";
import { ISSUE_STATUS_LABELS, PRIORITY_LABELS, assertIssueMove, type IssueUpdate } from "@/server/domain/order-issue";
import type { Actor } from "./actor";
import { loadIssue, publish, publishIssueEvents, recordIssueEvent } from "./issue-events";
import { loadOrderView } from "./order-views";

type UpdateOptions = { issueId: number; expectedVersion?: number; update: IssueUpdate; actor: Actor };

/**
 * Triage: status (with a resolution note to close), priority, assignee, refund and comments.
 * Every field that changes writes its own log row (who, what, from, to); a stale version changes nothing.
 */
export async function updateIssue({ issueId, expectedVersion, update, actor }: UpdateOptions) {
  const messages = await transaction(
    async (tx) => {
      const issue = await loadIssue(tx, issueId);
      const conflict = async () => new VersionConflict({ ...(await loadIssue(tx, issueId)), order: await loadOrderView(issue.orderId) });
      if (expectedVersion !== undefined && issue.version !== expectedVersion) throw await conflict();
      const now = Date.now();
      const patch: Partial<typeof orderIssues.$inferInsert> = {};
      const changes: string[] = [];
      const note = update.resolution_note ?? issue.resolutionNote;

      if (update.status !== undefined && update.status !== issue.status) {
        assertIssueMove(issue.status, update.status, note);
        patch.status = update.status;
        changes.push(`Status: ${ISSUE_STATUS_LABELS[issue.status]} → ${ISSUE_STATUS_LABELS[update.status]}`);
      }
      if (update.priority !== undefined && update.priority !== issue.priority) {
        patch.priority = update.priority;
        changes.push(`Priority: ${PRIORITY_LABELS[issue.priority]} → ${PRIORITY_LABELS[update.priority]}`);
      }
      if (update.assignee_id !== undefined && update.assignee_id !== issue.assigneeId) {
        const name = async (id: number | null) => (id === null ? "nobody" : (await tx.select({ name: employees.name }).from(employees).where(eq(employees.id, id)))[0]?.name);
        const assignee = await name(update.assignee_id);
        if (!assignee) throw new InvalidRequest(`Employee ${update.assignee_id} does not exist`);
        patch.assigneeId = update.assignee_id;
        changes.push(`Assignee: ${await name(issue.assigneeId)} → ${assignee}`);
      }
      if (update.resolution_note !== undefined && update.resolution_note !== (issue.resolutionNote ?? "")) {
        patch.resolutionNote = update.resolution_note || null;
        changes.push(`Resolution note: “${update.resolution_note}”`);
      }
      if (update.refund_cents !== undefined && update.refund_cents !== issue.refundCents) {
        const money = (cents: number | null) => (cents === null ? "none" : formatMoney(cents, issue.currency));
        patch.refundCents = update.refund_cents;
        changes.push(`Refund: ${money(issue.refundCents)} → ${money(update.refund_cents)}`);
      }
      if (changes.length === 0 && !update.comment) throw new InvalidRequest("Nothing changes: the issue is already like that");

      const updated = await tx
        .update(orderIssues)
        .set({ ...patch, version: issue.version + 1, updatedAt: now })
        .where(and(eq(orderIssues.id, issueId), eq(orderIssues.version, issue.version)))
        .returning({ id: orderIssues.id });
      if (updated.length !== 1) throw await conflict();
      const events = [];
      for (const summary of changes) events.push(await recordIssueEvent(issue, { type: "issue_updated", data: { issueId, summary } }, actor, now));
      if (update.comment) events.push(await recordIssueEvent(issue, { type: "issue_commented", message: update.comment, data: { issueId } }, actor, now));
      return publishIssueEvents(tx, issueId, events);
    },
    { write: true },
  );
  publish(messages);
  return { issue: messages[0]!.issue!, order: messages[0]!.order, events: messages.map((message) => message.event) };
}
