import { z } from "zod";
import { InvalidRequest } from "./errors";
import { ZCents } from "./money";

export const ISSUE_TYPES = ["wrong_items", "missing_items", "quality_issues", "delivery_issues", "pricing_discrepancies"] as const;
export const ZIssueType = z.enum(ISSUE_TYPES);
export type IssueType = z.infer<typeof ZIssueType>;
export const ISSUE_TYPE_LABELS: Record<IssueType, string> = {
  wrong_items: "Wrong items",
  missing_items: "Missing items",
  quality_issues: "Quality",
  delivery_issues: "Delivery",
  pricing_discrepancies: "Pricing",
};

/** Most pressing first: the order the triage list sorts by. */
export const ISSUE_PRIORITIES = ["urgent", "high", "medium", "low"] as const;
export const ZIssuePriority = z.enum(ISSUE_PRIORITIES);
export type IssuePriority = z.infer<typeof ZIssuePriority>;
export const PRIORITY_LABELS: Record<IssuePriority, string> = { urgent: "Urgent", high: "High", medium: "Medium", low: "Low" };

/** A wrong or missing item is a customer without their food; a price question can wait. */
export const DEFAULT_PRIORITY: Record<IssueType, IssuePriority> = {
  wrong_items: "high",
  missing_items: "high",
  quality_issues: "medium",
  delivery_issues: "medium",
  pricing_discrepancies: "low",
};

export const ISSUE_STATUSES = ["open", "investigating", "resolved", "rejected"] as const;
export const ZIssueStatus = z.enum(ISSUE_STATUSES);
export type IssueStatus = z.infer<typeof ZIssueStatus>;
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = { open: "Open", investigating: "Investigating", resolved: "Resolved", rejected: "Rejected" };

const CLOSED: readonly IssueStatus[] = ["resolved", "rejected"];
export const isClosed = (status: IssueStatus) => CLOSED.includes(status);

const MOVES: Record<IssueStatus, readonly IssueStatus[]> = {
  open: ["investigating", "resolved", "rejected"],
  investigating: ["open", "resolved", "rejected"],
  resolved: ["open"],
  rejected: ["open"],
};

/** Open → investigating → resolved or rejected, and reopen; closing needs a resolution note. */
export function assertIssueMove(from: IssueStatus, to: IssueStatus, resolutionNote: string | null) {
  if (!MOVES[from].includes(to)) {
    throw new InvalidRequest(`An issue cannot go from ${ISSUE_STATUS_LABELS[from]} to ${ISSUE_STATUS_LABELS[to]}`);
  }
  if (isClosed(to) && !resolutionNote) {
    throw new InvalidRequest(`Write a resolution note to mark the issue ${ISSUE_STATUS_LABELS[to].toLowerCase()}`);
  }
}

/** Urgent and high issues stay on their store's board until resolved. */
export const shownOnBoard = (issue: { priority: IssuePriority; status: IssueStatus }) =>
  (issue.priority === "urgent" || issue.priority === "high") && !isClosed(issue.status);

export const ZAffectedItem = z.object({ item_id: z.int().positive(), quantity: z.int().min(1).max(999) });

export const ZNewIssue = z.object({
  type: ZIssueType,
  priority: ZIssuePriority.optional(),
  description: z.string().trim().min(1, "Describe what went wrong").max(2000),
  affected_items: z.array(ZAffectedItem).max(100).default([]),
  refund_cents: ZCents.nullable().default(null),
});
export type NewIssue = z.infer<typeof ZNewIssue>;

export const ZIssueChanges = z.object({
  status: ZIssueStatus.optional(),
  priority: ZIssuePriority.optional(),
  assignee_id: z.int().positive().nullable().optional(),
  resolution_note: z.string().trim().max(2000).optional(),
  refund_cents: ZCents.nullable().optional(),
  comment: z.string().trim().min(1).max(2000).optional(),
});
export type IssueUpdate = z.infer<typeof ZIssueChanges>;

/** A triage change with the `version` it was made on; it must change something, or comment. */
export const ZVersionedIssueUpdate = ZIssueChanges.extend({ version: z.int().positive().describe("The issue's `version` as you last saw it") }).refine(
  (update) => Object.entries(update).some(([key, value]) => key !== "version" && value !== undefined),
  { message: "Change at least one thing, or add a comment" },
);

/** A line of the order the issue is about, named as it was when reported. */
export type AffectedItem = { itemId: number; name: string; quantity: number };

/** Folding a duplicate into the issue that stays, with the duplicate's `version` as last seen. */
export const ZIssueMerge = z.object({
  into: z.int().positive().describe("The issue that stays: the duplicate's files, lines and refund move to it"),
  version: z.int().positive().describe("The duplicate's `version` as you last saw it"),
});

type Mergeable = { id: number; orderId: number; status: IssueStatus };

/** Two reports of the same order's problem, both still open (or being looked into), merge; nothing else does. */
export function assertMergeable(duplicate: Mergeable, kept: Mergeable) {
  if (duplicate.id === kept.id) throw new InvalidRequest("An issue cannot be merged into itself");
  if (duplicate.orderId !== kept.orderId) throw new InvalidRequest(`Issue ${kept.id} is about another order: only reports of the same order merge`);
  for (const issue of [duplicate, kept]) {
    if (isClosed(issue.status)) throw new InvalidRequest(`Issue ${issue.id} is already ${ISSUE_STATUS_LABELS[issue.status].toLowerCase()}: reopen it to merge`);
  }
}

/** The kept issue's lines after a merge: every line either names, at the larger of the two quantities. */
export function mergeAffectedItems(kept: readonly AffectedItem[], duplicate: readonly AffectedItem[]): AffectedItem[] {
  const lines = new Map(kept.map((line) => [line.itemId, line]));
  for (const line of duplicate) {
    const known = lines.get(line.itemId);
    if (!known || known.quantity < line.quantity) lines.set(line.itemId, line);
  }
  return [...lines.values()];
}

/** The more pressing of two priorities. */
export const morePressing = (a: IssuePriority, b: IssuePriority) => (ISSUE_PRIORITIES.indexOf(a) <= ISSUE_PRIORITIES.indexOf(b) ? a : b);
