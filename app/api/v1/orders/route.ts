import { ZNewOrder } from "@/server/domain/new-order";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { toApiOrder } from "@/server/rest/api-order";
import { readJson, respond } from "@/server/rest/respond";
import { createOrder } from "@/server/services/create-order";

export const dynamic = "force-dynamic";

/** Takes a normalized order: 201 when new, 200 with the stored order when (platform, external_id) came before. */
export function POST(request: Request) {
  return respond(async () => {
    const input = ZNewOrder.parse(await readJson(request));
    const actor = { type: "platform" as const, id: input.platform, name: `${PLATFORM_LABELS[input.platform]} via API` };
    const { order, created } = createOrder(input, actor);
    return Response.json({ order: toApiOrder(order) }, { status: created ? 201 : 200 });
  });
}
