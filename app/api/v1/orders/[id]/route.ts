import { toApiOrder } from "@/server/rest/api-order";
import { orderForToken } from "@/server/rest/order-access";
import { respond } from "@/server/rest/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => Response.json({ order: toApiOrder(orderForToken(request, (await params).id, "orders:read").order) }));
}
