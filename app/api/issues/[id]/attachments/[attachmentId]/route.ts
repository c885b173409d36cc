import { parseId } from "@/server/http/path-id";
import { authorizeSession } from "@/server/http/session";
import { storedFileResponse } from "@/server/http/stored-file-response";
import { respond } from "@/server/rest/respond";
import { issueFile } from "@/server/services/stored-files";

export const dynamic = "force-dynamic";

/** An issue's file, only for people who may see its store. */
export function GET(request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  return respond(request, async () => {
    const { id, attachmentId } = await params;
    const issueId = parseId(id, "An issue id");
    await authorizeSession(request, "orders.read", { issueId });
    const { bytes, mimeType, name } = await issueFile(issueId, parseId(attachmentId, "An attachment id"));
    return storedFileResponse(bytes, mimeType, name);
  });
}
