/** A query-string parameter and the field of the zod schema it feeds. */
export type QueryParam = { name: string; field: string; kind?: "list" | "flag"; description: string };

const flag = (value: string) => (value === "true" ? true : value === "false" ? false : value);

/** Reads the parameters into the schema's field names: `a,b` lists become arrays, absent ones stay out. */
export function readQuery(params: URLSearchParams, spec: readonly QueryParam[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { name, field, kind } of spec) {
    const value = params.get(name);
    if (value === null || value === "") continue;
    input[field] = kind === "list" ? value.split(",").map((part) => part.trim()).filter(Boolean) : kind === "flag" ? flag(value) : value;
  }
  return input;
}

const listOf = (what: string) => `Comma-separated ${what}; any of them matches`;

export const ORDER_QUERY: readonly QueryParam[] = [
  { name: "store_id", field: "storeId", description: "Only this store's orders" },
  { name: "status", field: "status", kind: "list", description: listOf("statuses") },
  { name: "platform", field: "platform", kind: "list", description: listOf("platforms") },
  { name: "fulfillment", field: "fulfillment", kind: "list", description: listOf("fulfillment types") },
  { name: "placed_from", field: "placedFrom", description: "Placed at or after this ISO 8601 time" },
  { name: "placed_to", field: "placedTo", description: "Placed before this ISO 8601 time" },
  { name: "q", field: "q", description: "Short code, external id or customer name contains this" },
  { name: "has_issue", field: "hasIssue", kind: "flag", description: "true: only orders with an issue; false: only those without" },
  { name: "sort", field: "sort", description: "placed (default) or total" },
  { name: "dir", field: "dir", description: "desc (default) or asc" },
  { name: "cursor", field: "cursor", description: "next_cursor of the previous page" },
  { name: "limit", field: "limit", description: "Page size, 1 to 500 (default 50)" },
];

export const ISSUE_QUERY: readonly QueryParam[] = [
  { name: "store_id", field: "storeId", description: "Only this store's issues" },
  { name: "status", field: "status", kind: "list", description: listOf("issue statuses") },
  { name: "type", field: "type", kind: "list", description: listOf("issue types") },
  { name: "priority", field: "priority", kind: "list", description: listOf("priorities") },
  { name: "platform", field: "platform", kind: "list", description: listOf("platforms") },
  { name: "reported_from", field: "reportedFrom", description: "Reported at or after this ISO 8601 time" },
  { name: "reported_to", field: "reportedTo", description: "Reported before this ISO 8601 time" },
  { name: "q", field: "q", description: "Description or order short code contains this" },
  { name: "cursor", field: "cursor", description: "next_cursor of the previous page" },
  { name: "limit", field: "limit", description: "Page size" },
];
