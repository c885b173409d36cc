import { toApiIssue } from "@/server/rest/api-issue";
import { issueForToken } from "@/server/rest/issue-access";
import { ZIssuePatch } from "@/server/rest/request-schemas";
import { readJson, respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { updateIssue } from "@/server/services/update-issue";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Params) {
  return respond(async () => {
    const { issue } = issueForToken(request, (await params).id, "issues:read");
    return Response.json({
      issue: {
        ...toApiIssue(issue),
        attachments: issue.attachments.map((a) => ({ id: a.id, file_name: a.fileName, mime_type: a.mimeType, size_bytes: a.sizeBytes, created_by: a.createdBy })),
        log: issue.log.map((e) => ({ id: e.id, type: e.type, by: e.actorName, summary: e.data?.summary ?? null, comment: e.message, at: new Date(e.createdAt).toISOString() })),
      },
    });
  });
}

/** Status, priority, assignee, resolution note, refund and comments, with `version` for concurrency. */
export function PATCH(request: Request, { params }: Params) {
  return respond(async () => {
    const { principal, issue } = issueForToken(request, (await params).id, "issues:write");
    const { version, ...update } = ZIssuePatch.parse(await readJson(request));
    const { issue: updated } = updateIssue({ issueId: issue.id, expectedVersion: version, update, actor: actorOf(principal) });
    return Response.json({ issue: toApiIssue(updated) });
  });
}
