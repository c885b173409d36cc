import { canUseStore } from "@/server/domain/access";
import { toApiIssue } from "@/server/rest/api-issue";
import { requireToken } from "@/server/rest/authenticate";
import { respond } from "@/server/rest/respond";
import { ZListIssues, listIssues } from "@/server/services/list-issues";
import { listStores } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";

const list = (value: string | null) => (value ? value.split(",").map((part) => part.trim()) : undefined);

/** Issues the token may see, urgent first then oldest, with cursor pagination (`next_cursor`). */
export function GET(request: Request) {
  return respond(() => {
    const principal = requireToken(request, "issues:read");
    const query = new URL(request.url).searchParams;
    const input = ZListIssues.parse({
      storeId: query.get("store_id") ?? undefined,
      status: list(query.get("status")),
      type: list(query.get("type")),
      priority: list(query.get("priority")),
      platform: list(query.get("platform")),
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
