import "server-only";
import { count, eq } from "drizzle-orm";
import { transaction } from "@/db/client";
import { issueAttachments } from "@/db/schema";
import { InvalidRequest } from "@/server/domain/errors";
import type { Actor } from "./actor";
import { keepUpload } from "./file-store";
import { loadIssue, publish, publishIssueEvents, recordIssueEvent } from "./issue-events";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

/** Evidence for an issue: a JPEG, PNG, WebP or PDF (by its bytes), up to 10 MB, five at most; a refusal stores nothing. */
export async function addIssueAttachment({ issueId, bytes, fileName, actor }: { issueId: number; bytes: Uint8Array; fileName: string; actor: Actor }) {
  const messages = await keepUpload(
    bytes,
    { what: "file", types: ["image/jpeg", "image/png", "image/webp", "application/pdf"], maxBytes: MAX_ATTACHMENT_BYTES },
    ({ sha256, type }) =>
      transaction(
        async (tx) => {
          const issue = await loadIssue(tx, issueId);
          const [attached] = await tx.select({ n: count() }).from(issueAttachments).where(eq(issueAttachments.issueId, issueId));
          if (attached!.n >= MAX_ATTACHMENTS) throw new InvalidRequest(`An issue keeps at most ${MAX_ATTACHMENTS} files`);
          const now = Date.now();
          const name = fileName.trim().slice(0, 200) || "attachment";
          const [row] = await tx
            .insert(issueAttachments)
            .values({ issueId, sha256, mimeType: type, sizeBytes: bytes.byteLength, fileName: name, createdBy: actor.name, createdAt: now })
            .returning();
          const event = await recordIssueEvent(issue, { type: "issue_attachment_added", data: { issueId, attachmentId: row!.id, summary: name } }, actor, now);
          return publishIssueEvents(tx, issueId, [event]);
        },
        { write: true },
      ),
  );
  publish(messages);
  return messages[0]!;
}
