import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { stores } from "@/db/schema";
import type { FulfillmentType } from "@/server/domain/fulfillment";
import { ZNewOrder, type NewOrder, type NewOrderInput } from "@/server/domain/new-order";
import { ZNewIssue } from "@/server/domain/order-issue";
import { acceptOrder } from "@/server/services/accept-order";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { advanceOrder } from "@/server/services/move-order";
import { reportIssue } from "@/server/services/report-issue";

type NewIssueInput = Parameters<typeof ZNewIssue.parse>[0];

/** A store of the test's own, so tests in one file never see each other's orders. */
export async function makeStore(timezone = "America/New_York") {
  const id = `store-${randomUUID().slice(0, 8)}`;
  await getDb().insert(stores).values({ id, name: `Store ${id}`, timezone, createdAt: Date.now() });
  return id;
}

/** A valid normalized order (2 × $10.00 burger with a $1.50 extra, 8.75% tax): override what a test is about. */
export function orderInput(storeId: string, overrides: Partial<NewOrderInput> = {}): NewOrder {
  return ZNewOrder.parse({
    platform: "doordash",
    external_id: `ext-${randomUUID()}`,
    store_id: storeId,
    customer: { first_name: "Jane", last_name: "Doe", phone: "+15551234567" },
    fulfillment: { type: "delivery" },
    items: [
      {
        name: "Burger",
        quantity: 2,
        unit_price_cents: 1000,
        modifiers: [
          { name: "Onion", action: "remove" },
          { name: "Cheese", action: "extra", price_cents: 150 },
        ],
      },
    ],
    money: { subtotal_cents: 2300, tax_cents: 201, tip_cents: 300, fees_cents: 0, discount_cents: 0, total_cents: 2801 },
    ...overrides,
  });
}

/** An order of the store taken in, accepted and made ready, as the test's starting point. */
export async function readyOrder(storeId: string, fulfillment: FulfillmentType) {
  const { order } = await createOrder(orderInput(storeId, { fulfillment: { type: fulfillment } }), SYSTEM_ACTOR);
  await acceptOrder({ orderId: order.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
  return (await advanceOrder({ orderId: order.id, to: "ready", actor: SYSTEM_ACTOR })).order;
}

/** Two reports of the same order's problem at `storeId`, the first made first: what a merge is for. */
export async function duplicateReports(storeId: string, issue: Partial<NewIssueInput> = {}) {
  const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
  const report = async () => (await reportIssue({ orderId: order.id, issue: ZNewIssue.parse({ type: "missing_items", description: "No fries", ...issue }), actor: SYSTEM_ACTOR })).issue!;
  return { order, duplicate: await report(), kept: await report() };
}
