import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { issueAttachments } from "@/db/schema";
import { requireStaffOf } from "@/server/http/session";
import { storedFileResponse } from "@/server/http/stored-file-response";
import { parseId } from "@/server/rest/order-access";
import { HttpError } from "@/server/http/http-error";
import { respond } from "@/server/rest/respond";
import { readFile } from "@/server/services/file-store";
import { issueStoreId } from "@/server/services/get-issue";

export const dynamic = "force-dynamic";

/** An issue's file, only for people who may see its store. */
export function GET(request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  return respond(async () => {
    const { id, attachmentId } = await params;
    const issueId = parseId(id, "An issue id");
    requireStaffOf(request, issueStoreId(issueId));
    const file = getDb()
      .select()
      .from(issueAttachments)
      .where(and(eq(issueAttachments.id, parseId(attachmentId, "An attachment id")), eq(issueAttachments.issueId, issueId)))
      .get();
    if (!file) throw new HttpError(404, "ATTACHMENT_NOT_FOUND", "There is no such file on this issue");
    return storedFileResponse(readFile(file.sha256), file.mimeType, file.fileName);
  });
}
