import { canUseStore } from "@/server/domain/access";
import { toApiIssue } from "@/server/rest/api-issue";
import { requireToken } from "@/server/rest/authenticate";
import { commaList } from "@/server/rest/order-query";
import { respond } from "@/server/rest/respond";
import { ZListIssues, listIssues } from "@/server/services/list-issues";
import { listStores } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";


/** Issues the token may see, urgent first then oldest, with cursor pagination (`next_cursor`). */
export function GET(request: Request) {
  return respond(() => {
    const principal = requireToken(request, "issues:read");
    const query = new URL(request.url).searchParams;
    const input = ZListIssues.parse({
      storeId: query.get("store_id") ?? undefined,
      status: commaList(query.get("status")),
      type: commaList(query.get("type")),
      priority: commaList(query.get("priority")),
      platform: commaList(query.get("platform")),
      reportedFrom: query.get("reported_from") ?? undefined,
      reportedTo: query.get("reported_to") ?? undefined,
      q: query.get("q") ?? undefined,
      cursor: query.get("cursor") ?? undefined,
      limit: query.get("limit") ?? undefined,
    });
    const stores = listStores().filter((store) => canUseStore(principal, store.id)).map((store) => store.id);
    const { issues, nextCursor } = listIssues(input, stores);
    return Response.json({ issues: issues.map(toApiIssue), next_cursor: nextCursor });
  });
}
