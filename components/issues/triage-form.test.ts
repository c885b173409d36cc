import { describe, expect, it } from "vitest";
import { ZVersionedIssueUpdate } from "@/server/domain/order-issue";
import { triageChanges, triageValues, ZTriageForm } from "./triage-form";

const ISSUE = { status: "open", priority: "high", assigneeId: 4, resolutionNote: null, refundCents: 450 } as const;

describe("the triage form", () => {
  it("opens as the issue stands, and sends only what the manager changed, as the server reads it", () => {
    const values = triageValues(ISSUE);
    expect(values).toEqual({ status: "open", priority: "high", assignee_id: "4", resolution_note: "", refund_cents: "4.50" });
    const read = ZTriageForm.parse({ ...values, status: "resolved", resolution_note: " Refunded ", refund_cents: "", assignee_id: "" });
    const changes = triageChanges(read, { status: true, resolution_note: true, refund_cents: true });
    expect(changes).toEqual({ status: "resolved", resolution_note: "Refunded", refund_cents: null });
    expect(ZVersionedIssueUpdate.parse({ version: 3, ...changes })).toEqual({ version: 3, ...changes });
    expect(triageChanges(ZTriageForm.parse(values), { assignee_id: true })).toEqual({ assignee_id: 4 });
  });

  it("refuses a refund that is not an amount, in words a manager understands", () => {
    const result = ZTriageForm.safeParse({ ...triageValues(ISSUE), refund_cents: "4.505" });
    expect(result.error?.issues).toMatchObject([{ path: ["refund_cents"], message: "A refund is an amount such as 4.50" }]);
  });
});
