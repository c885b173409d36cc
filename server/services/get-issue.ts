import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { employees, issueAttachments, orderEvents } from "@/db/schema";
import { loadIssue } from "./issue-events";
import { loadOrderView } from "./order-views";

/** An issue with its order, its files and its whole log. */
export function getIssue(issueId: number) {
  return getDb().transaction((tx) => {
    const issue = loadIssue(tx, issueId);
    const assignee = issue.assigneeId === null ? null : (tx.select({ name: employees.name }).from(employees).where(eq(employees.id, issue.assigneeId)).get()?.name ?? null);
    return {
      ...issue,
      assigneeName: assignee,
      order: loadOrderView(issue.orderId),
      attachments: tx
        .select({ id: issueAttachments.id, mimeType: issueAttachments.mimeType, fileName: issueAttachments.fileName, sizeBytes: issueAttachments.sizeBytes, createdBy: issueAttachments.createdBy, createdAt: issueAttachments.createdAt })
        .from(issueAttachments)
        .where(eq(issueAttachments.issueId, issueId))
        .orderBy(asc(issueAttachments.id))
        .all(),
      log: tx.select().from(orderEvents).where(eq(orderEvents.issueId, issueId)).orderBy(asc(orderEvents.id)).all(),
    };
  });
}

export function issueStoreId(issueId: number): string {
  return getDb().transaction((tx) => loadIssue(tx, issueId).storeId);
}
