import { ZListOrders, type ListOrdersInput } from "@/server/services/list-orders";
import { ORDER_QUERY, readQuery } from "./query-params";

/** One reading of the order filters from a query string, for the REST list, the history and the CSV export. */
export function parseOrderQuery(params: URLSearchParams, overrides: Partial<ListOrdersInput> = {}): ListOrdersInput {
  return ZListOrders.parse({ ...readQuery(params, ORDER_QUERY), ...overrides });
}
