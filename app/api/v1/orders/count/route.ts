import { requireStoreAccess, requireToken } from "@/server/rest/authenticate";
import { parseOrderQuery } from "@/server/rest/order-query";
import { respond } from "@/server/rest/respond";
import { countOrders } from "@/server/services/count-orders";

export const dynamic = "force-dynamic";

/** Counts by status, and active/finished totals, for the filtered orders of the token's store(s). */
export function GET(request: Request) {
  return respond(() => {
    const principal = requireToken(request, "orders:read");
    const { storeId, platform, fulfillment, placedFrom, placedTo, q, hasIssue } = parseOrderQuery(new URL(request.url).searchParams);
    if (storeId) requireStoreAccess(principal, storeId);
    const scope = storeId ?? (principal.kind === "token" ? principal.storeId : null) ?? undefined;
    const counts = countOrders({ storeId: scope, platform, fulfillment, placedFrom, placedTo, q, hasIssue });
    return Response.json({ by_status: counts.byStatus, active: counts.active, finished: counts.finished, total: counts.total });
  });
}
