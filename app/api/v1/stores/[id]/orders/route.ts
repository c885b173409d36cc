import { requireToken } from "@/server/rest/authenticate";
import { ordersPageFor } from "@/server/rest/list-orders-for";
import { parseOrderQuery } from "@/server/rest/order-query";
import { respond } from "@/server/rest/respond";
import { getStore } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";

/** One store's orders, with the same filters and paging as GET /api/v1/orders. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const principal = requireToken(request, "orders:read");
    const storeId = getStore(decodeURIComponent((await params).id)).id;
    return Response.json(ordersPageFor(principal, parseOrderQuery(new URL(request.url).searchParams, { storeId })));
  });
}
