import { toApiItem } from "@/server/rest/api-order";
import { orderForToken } from "@/server/rest/order-access";
import { respond } from "@/server/rest/respond";

export const dynamic = "force-dynamic";

/** Every line of the order, removed ones included (with `removed_at`). */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => Response.json({ items: orderForToken(request, (await params).id, "orders:read").order.items.map(toApiItem) }));
}
