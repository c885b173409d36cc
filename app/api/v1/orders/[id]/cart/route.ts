import { toApiOrder } from "@/server/rest/api-order";
import { orderForToken } from "@/server/rest/order-access";
import { ZCartPatch } from "@/server/rest/request-schemas";
import { readJson, respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { changeCart } from "@/server/services/change-cart";

export const dynamic = "force-dynamic";

/** Adds, removes, re-quantifies and substitutes lines in one atomic request: any invalid part refuses it all. */
export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { principal, order } = orderForToken(request, (await params).id, "orders:write");
    const patch = ZCartPatch.parse(await readJson(request));
    const { order: changed } = changeCart({ orderId: order.id, expectedVersion: patch.version, changes: patch.changes, reason: patch.reason, actor: actorOf(principal) });
    return Response.json({ order: toApiOrder(changed) });
  });
}
