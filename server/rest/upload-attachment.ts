import type { Principal } from "@/server/domain/access";
import { readUpload } from "@/server/http/read-upload";
import { actorOf } from "@/server/services/actor";
import { MAX_ATTACHMENT_BYTES, addIssueAttachment } from "@/server/services/add-issue-attachment";

/** Takes an issue's file from a multipart form (field `file`), for whoever the route has authorized. */
export async function uploadAttachment(request: Request, issueId: number, principal: Principal) {
  const { bytes, fileName } = await readUpload(request, "file", MAX_ATTACHMENT_BYTES);
  const { event } = await addIssueAttachment({ issueId, bytes, fileName, actor: actorOf(principal) });
  return Response.json({ attachment: { id: event.data?.attachmentId } }, { status: 201 });
}
