import { z } from "zod";
import { typedField } from "@/components/ui/typed-field";
import { optionalCentsFromDollars } from "@/server/domain/money";
import { ZIssueChanges, type IssuePriority, type IssueStatus, type IssueUpdate } from "@/server/domain/order-issue";

const { status, priority, assignee_id, resolution_note, refund_cents } = ZIssueChanges.shape;

/** A manager's triage of an issue, each field read by the rule the server applies to it. */
export const ZTriageForm = z.object({
  status: status.unwrap(),
  priority: priority.unwrap(),
  assignee_id: typedField(assignee_id.unwrap(), (text) => (text ? Number(text) : null), "Choose someone from the list, or nobody"),
  resolution_note: resolution_note.unwrap(),
  refund_cents: typedField(refund_cents.unwrap(), optionalCentsFromDollars, "A refund is an amount such as 4.50"),
});
export type TriageFormValues = z.input<typeof ZTriageForm>;

/** The form as the issue stands now. */
export const triageValues = (issue: { status: IssueStatus; priority: IssuePriority; assigneeId: number | null; resolutionNote: string | null; refundCents: number | null }): TriageFormValues => ({
  status: issue.status,
  priority: issue.priority,
  assignee_id: issue.assigneeId === null ? "" : String(issue.assigneeId),
  resolution_note: issue.resolutionNote ?? "",
  refund_cents: issue.refundCents === null ? "" : (issue.refundCents / 100).toFixed(2),
});

/** Only what the manager changed goes to the server, so a field someone else changed meanwhile is not written back. */
export const triageChanges = (values: z.output<typeof ZTriageForm>, changed: Partial<Record<keyof TriageFormValues, boolean>>): IssueUpdate =>
  Object.fromEntries(Object.entries(values).filter(([field]) => changed[field as keyof TriageFormValues]));
