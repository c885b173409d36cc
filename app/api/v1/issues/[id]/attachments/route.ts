import { bearerPrincipal } from "@/server/http/bearer";
import { parseId } from "@/server/http/path-id";
import { uploadAttachment } from "@/server/rest/upload-attachment";
import { respond } from "@/server/rest/respond";
import { authorize } from "@/server/services/authorize";

export const dynamic = "force-dynamic";

/** A file for an issue from an integrator: multipart form, field `file` (the one REST route that is not JSON). */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const issueId = parseId((await params).id, "An issue id");
    const { principal, problem } = await bearerPrincipal(request);
    return uploadAttachment(request, issueId, await authorize(principal, "issues.report", { issueId }, problem));
  });
}
