import { canUseStore } from "@/server/domain/access";
import { requireToken } from "@/server/rest/authenticate";
import { respond } from "@/server/rest/respond";
import { listStores } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";

/** The stores this token may post orders to or read from. */
export function GET(request: Request) {
  return respond(() => {
    const principal = requireToken(request, "orders:read");
    const stores = listStores().filter((store) => canUseStore(principal, store.id));
    return Response.json({ stores: stores.map(({ id, name, timezone }) => ({ id, name, timezone })) });
  });
}
