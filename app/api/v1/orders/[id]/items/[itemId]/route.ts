import type { CartChange } from "@/server/domain/cart";
import { ZItemPatch } from "@/server/rest/request-schemas";
import { toApiItem, toApiOrder } from "@/server/rest/api-order";
import { orderForToken, parseId } from "@/server/rest/order-access";
import { HttpError } from "@/server/http/http-error";
import { readJson, respond } from "@/server/rest/respond";
import { actorOf } from "@/server/services/actor";
import { changeCart } from "@/server/services/change-cart";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; itemId: string }> };

function lineOf(order: ReturnType<typeof orderForToken>["order"], itemIdParam: string) {
  const itemId = parseId(itemIdParam, "An item id");
  const item = order.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new HttpError(404, "ITEM_NOT_FOUND", `Item ${itemId} is not on order ${order.id}`);
  return item;
}

export function GET(request: Request, { params }: Params) {
  return respond(async () => {
    const { id, itemId } = await params;
    return Response.json({ item: toApiItem(lineOf(orderForToken(request, id, "orders:read").order, itemId)) });
  });
}

/** Changes one line's quantity or special instructions; a substitution goes through PATCH …/cart. */
export function PATCH(request: Request, { params }: Params) {
  return respond(async () => {
    const { id, itemId } = await params;
    const { principal, order } = orderForToken(request, id, "orders:write");
    const item = lineOf(order, itemId);
    const patch = ZItemPatch.parse(await readJson(request));
    const changes: CartChange[] = [];
    if (patch.quantity !== undefined) changes.push({ op: "quantity", item_id: item.id, quantity: patch.quantity });
    if (patch.special_instructions !== undefined) changes.push({ op: "instructions", item_id: item.id, special_instructions: patch.special_instructions });
    const { order: changed } = changeCart({ orderId: order.id, expectedVersion: patch.version, changes, reason: patch.reason, actor: actorOf(principal) });
    return Response.json({ order: toApiOrder(changed) });
  });
}
