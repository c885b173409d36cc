import { canUseStore } from "@/server/domain/access";
import { toApiIssue } from "@/server/rest/api-issue";
import { requireToken } from "@/server/rest/authenticate";
import { ISSUE_QUERY, readQuery } from "@/server/rest/query-params";
import { respond } from "@/server/rest/respond";
import { ZListIssues, listIssues } from "@/server/services/list-issues";
import { listStores } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";

/** Issues the token may see, urgent first then oldest, with cursor pagination (`next_cursor`). */
export function GET(request: Request) {
  return respond(() => {
    const principal = requireToken(request, "issues:read");
    const input = ZListIssues.parse(readQuery(new URL(request.url).searchParams, ISSUE_QUERY));
    const stores = listStores().filter((store) => canUseStore(principal, store.id)).map((store) => store.id);
    const { issues, nextCursor } = listIssues(input, stores);
    return Response.json({ issues: issues.map(toApiIssue), next_cursor: nextCursor });
  });
}
