import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { employees, issueAttachments, orderEvents } from "@/db/schema";
import { loadIssue } from "./issue-events";
import { loadOrderView } from "./order-views";

/** An issue with its order, its files and its whole log. */
export function getIssue(issueId: number) {
  return transaction(async (tx) => {
    const issue = await loadIssue(tx, issueId);
    const [assignee] = issue.assigneeId === null ? [] : await tx.select({ name: employees.name }).from(employees).where(eq(employees.id, issue.assigneeId));
    return {
      ...issue,
      assigneeName: assignee?.name ?? null,
      order: await loadOrderView(issue.orderId),
      attachments: await tx
        .select({ id: issueAttachments.id, mimeType: issueAttachments.mimeType, fileName: issueAttachments.fileName, sizeBytes: issueAttachments.sizeBytes, createdBy: issueAttachments.createdBy, createdAt: issueAttachments.createdAt })
        .from(issueAttachments)
        .where(eq(issueAttachments.issueId, issueId))
        .orderBy(asc(issueAttachments.id)),
      log: await tx.select().from(orderEvents).where(eq(orderEvents.issueId, issueId)).orderBy(asc(orderEvents.id)),
    };
  });
}

export async function issueStoreId(issueId: number): Promise<string> {
  return (await loadIssue(getDb(), issueId)).storeId;
}
