import { readUpload } from "@/server/http/read-upload";
import { requireStaffOf } from "@/server/http/session";
import { parseId } from "@/server/rest/order-access";
import { respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { MAX_ATTACHMENT_BYTES, addIssueAttachment } from "@/server/services/add-issue-attachment";
import { issueStoreId } from "@/server/services/get-issue";

export const dynamic = "force-dynamic";

/** A photo or PDF for an issue, from the tablet: multipart form, field `file`. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const issueId = parseId((await params).id, "An issue id");
    const principal = requireStaffOf(request, issueStoreId(issueId));
    const { bytes, fileName } = await readUpload(request, "file", MAX_ATTACHMENT_BYTES);
    const { event } = addIssueAttachment({ issueId, bytes, fileName, actor: actorOf(principal) });
    return Response.json({ attachment: { id: event.data?.attachmentId } }, { status: 201 });
  });
}
