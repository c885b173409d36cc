import { FINAL_STATUSES } from "@/server/domain/order-status";
import { requireToken } from "@/server/rest/authenticate";
import { ordersPageFor } from "@/server/rest/list-orders-for";
import { parseOrderQuery } from "@/server/rest/order-query";
import { respond } from "@/server/rest/respond";

export const dynamic = "force-dynamic";

/** Finished orders (completed, cancelled, denied) unless `status` narrows them, newest first. */
export function GET(request: Request) {
  return respond(() => {
    const principal = requireToken(request, "orders:read");
    const params = new URL(request.url).searchParams;
    const input = parseOrderQuery(params);
    const status = input.status?.length ? input.status.filter((s) => (FINAL_STATUSES as readonly string[]).includes(s)) : [...FINAL_STATUSES];
    return Response.json(ordersPageFor(principal, { ...input, status: status.length ? status : [...FINAL_STATUSES] }));
  });
}
