import { parseId } from "@/server/http/path-id";
import { authorizeSession } from "@/server/http/session";
import { uploadAttachment } from "@/server/rest/upload-attachment";
import { respond } from "@/server/rest/respond";

export const dynamic = "force-dynamic";

/** A photo or PDF for an issue, from the tablet: multipart form, field `file`. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const issueId = parseId((await params).id, "An issue id");
    return uploadAttachment(request, issueId, await authorizeSession(request, "issues.report", { issueId }));
  });
}
