import { readUpload } from "@/server/http/read-upload";
import { issueForToken } from "@/server/rest/issue-access";
import { respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { MAX_ATTACHMENT_BYTES, addIssueAttachment } from "@/server/services/add-issue-attachment";

export const dynamic = "force-dynamic";

/** A file for an issue: multipart form, field `file`. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { principal, issue } = issueForToken(request, (await params).id, "issues:write");
    const { bytes, fileName } = await readUpload(request, "file", MAX_ATTACHMENT_BYTES);
    const { event } = addIssueAttachment({ issueId: issue.id, bytes, fileName, actor: actorOf(principal) });
    return Response.json({ attachment: { id: event.data?.attachmentId } }, { status: 201 });
  });
}
