import { sessionPrincipal } from "@/server/http/session";
import { csvLine } from "@/server/rest/csv";
import { respond } from "@/server/rest/respond";
import { authorize, scopeOf } from "@/server/services/authorize";
import { listOrders, ZListOrders } from "@/server/services/list-orders";
import { getStore } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";

const HEADER = ["id", "short_code", "platform", "external_id", "store_id", "status", "fulfillment", "customer", "placed_at", "currency", "subtotal_cents", "tax_cents", "tip_cents", "fees_cents", "discount_cents", "total_cents", "reason_code", "payment_method", "paid", "channel"];
const PAGE = 500;

/**
 * The history page's filtered set as CSV, in the page's sort order, streamed a page at a time so
 * a large export never sits in memory. Managers of the store (no store: every store they manage).
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
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(csvLine(HEADER)));
      },
      async pull(controller) {
        if (done) return controller.close();
        const page = await listOrders({ ...input, cursor }, stores, { withLines: false });
        const lines = page.orders.map((o) =>
          csvLine([o.id, o.shortCode, o.platform, o.externalId, o.storeId, o.status, o.fulfillmentType, `${o.customerFirstName} ${o.customerLastName}`.trim(), new Date(o.placedAt).toISOString(), o.currency, o.subtotalCents, o.taxCents, o.tipCents, o.feesCents, o.discountCents, o.totalCents, o.reasonCode, o.paymentMethod, String(o.paid), o.channel]),
        );
        controller.enqueue(encoder.encode(lines.join("")));
        cursor = page.nextCursor ?? undefined;
        done = cursor === undefined;
      },
    });
    const name = `orders-${store ? store.id.replace(/[^\w-]+/g, "_") : "all-stores"}-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(stream, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` } });
  });
}
