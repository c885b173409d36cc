import { z } from "zod";
import { toApiOrder } from "@/server/rest/api-order";
import { requireStoreAccess, requireToken } from "@/server/rest/authenticate";
import { HttpError, respond } from "@/server/rest/respond";
import { getOrder } from "@/server/services/get-order";

export const dynamic = "force-dynamic";

const ZOrderId = z.coerce.number().int().positive();

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const principal = requireToken(request, "orders:read");
    const parsed = ZOrderId.safeParse((await params).id);
    if (!parsed.success) throw new HttpError(400, "INVALID_INPUT", "An order id is a positive whole number");
    const order = getOrder(parsed.data);
    requireStoreAccess(principal, order.storeId);
    return Response.json({ order: toApiOrder(order) });
  });
}
