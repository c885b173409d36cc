import { sessionPrincipal } from "@/server/http/session";
import { csvLine } from "@/server/rest/csv";
import { ORDER_CSV_HEADER, orderCsvLine } from "@/server/rest/order-csv";
import { respond } from "@/server/rest/respond";
import { authorize, scopeOf } from "@/server/services/authorize";
import { exportDetails } from "@/server/services/export-details";
import { listOrders, ZListOrders } from "@/server/services/list-orders";
import { getStore } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";

const PAGE = 500;

/**
 * The history page's filtered set as CSV (server/rest/order-csv.ts), in the page's sort order,
 * streamed a page at a time so a large export never sits in memory. Managers of the store (no store: every store they manage).
 */
export function GET(request: Request) {
  return respond(request, async () => {
    const principal = await authorize(await sessionPrincipal(request), "orders.history", null);
    const input = ZListOrders.parse({ ...Object.fromEntries(new URL(request.url).searchParams), cursor: undefined, limit: PAGE });
    // The store is looked up first: only a real store's id goes anywhere near the file name.
    const store = input.store_id ? await getStore(input.store_id) : null;
    const stores = await scopeOf(principal, "orders.history", store?.id);
    let cursor: string | undefined;
    let done = false;
    const zones = new Map<string, string>();
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(csvLine(ORDER_CSV_HEADER)));
      },
      async pull(controller) {
        if (done) return controller.close();
        const page = await listOrders({ ...input, cursor }, stores);
        const { withIssue, acceptedBy } = await exportDetails(page.orders.map((o) => o.id));
        for (const storeId of new Set(page.orders.map((o) => o.storeId))) if (!zones.has(storeId)) zones.set(storeId, (await getStore(storeId)).timezone);
        const lines = page.orders.map((o) => orderCsvLine(o, { timezone: zones.get(o.storeId)!, hasIssue: withIssue.has(o.id), acceptedBy: acceptedBy.get(o.id) ?? null }));
        controller.enqueue(encoder.encode(lines.join("")));
        cursor = page.nextCursor ?? undefined;
        done = cursor === undefined;
      },
    });
    const name = `orders-${store ? store.id.replace(/[^\w-]+/g, "_") : "all-stores"}-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(stream, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` } });
  });
}
