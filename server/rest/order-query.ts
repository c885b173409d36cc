import { ZListOrders, type ListOrdersInput } from "@/server/services/list-orders";

/** `a,b,c` in a query string as a list; absent or empty as no filter. */
export const commaList = (value: string | null) => (value ? value.split(",").map((part) => part.trim()).filter(Boolean) : undefined);
const flag = (value: string | null) => (value === null ? undefined : value === "true" ? true : value === "false" ? false : value);

/** One reading of the order filters from a query string, for the REST list, the history and the CSV export. */
export function parseOrderQuery(params: URLSearchParams, overrides: Partial<ListOrdersInput> = {}): ListOrdersInput {
  return ZListOrders.parse({
    storeId: params.get("store_id") ?? undefined,
    status: commaList(params.get("status")),
    platform: commaList(params.get("platform")),
    fulfillment: commaList(params.get("fulfillment")),
    placedFrom: params.get("placed_from") ?? undefined,
    placedTo: params.get("placed_to") ?? undefined,
    q: params.get("q") ?? undefined,
    hasIssue: flag(params.get("has_issue")),
    sort: params.get("sort") ?? undefined,
    dir: params.get("dir") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
    limit: params.get("limit") ?? undefined,
    ...overrides,
  });
}
