import { ZNewIssue } from "@/server/domain/order-issue";
import { toApiIssue } from "@/server/rest/api-issue";
import { orderForToken } from "@/server/rest/order-access";
import { readJson, respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { reportIssue } from "@/server/services/report-issue";

export const dynamic = "force-dynamic";

/** Reports an issue on an order (JSON); its files go to POST /api/v1/issues/:id/attachments. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { principal, order } = orderForToken(request, (await params).id, "issues:write");
    const issue = ZNewIssue.parse(await readJson(request));
    const reported = reportIssue({ orderId: order.id, issue, actor: actorOf(principal) });
    return Response.json({ issue: toApiIssue(reported.issue!) }, { status: 201 });
  });
}
