import { z } from "zod";
import { toApiOrder } from "@/server/rest/api-order";
import { HttpError, respond } from "@/server/rest/respond";
import { getOrder } from "@/server/services/get-order";

export const dynamic = "force-dynamic";

const ZOrderId = z.coerce.number().int().positive();

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const parsed = ZOrderId.safeParse((await params).id);
    if (!parsed.success) throw new HttpError(400, "INVALID_INPUT", "An order id is a positive whole number");
    return Response.json({ order: toApiOrder(getOrder(parsed.data)) });
  });
}
