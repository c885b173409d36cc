import { ZNewOrder } from "@/server/domain/new-order";
import { toApiOrder } from "@/server/rest/api-order";
import { requireStoreAccess, requireToken } from "@/server/rest/authenticate";
import { ordersPageFor } from "@/server/rest/list-orders-for";
import { parseOrderQuery } from "@/server/rest/order-query";
import { readJson, respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";

export const dynamic = "force-dynamic";

/** Takes a normalized order: 201 when new, 200 with the stored order when (platform, external_id) came before. */
export function POST(request: Request) {
  return respond(async () => {
    const principal = requireToken(request, "orders:write");
    const input = ZNewOrder.parse(await readJson(request));
    requireStoreAccess(principal, input.store_id);
    const { order, created } = createOrder(input, actorOf(principal));
    return Response.json({ order: toApiOrder(order) }, { status: created ? 201 : 200 });
  });
}

/** Orders, newest first (or `sort=total`, `dir=asc`), filtered, with cursor pagination (`next_cursor`). */
export function GET(request: Request) {
  return respond(() => {
    const principal = requireToken(request, "orders:read");
    return Response.json(ordersPageFor(principal, parseOrderQuery(new URL(request.url).searchParams)));
  });
}
