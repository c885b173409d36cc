import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderItems, orders, stores } from "@/db/schema";
import { InvalidOrder } from "@/server/domain/errors";
import { moneyProblems, shortCodeFor, type NewOrder } from "@/server/domain/new-order";
import { eventBus } from "@/server/events/bus";
import type { Actor } from "./actor";
import { loadOrderView, type OrderView } from "./order-views";
import { recordEvent } from "./record-event";

/**
 * Takes an order in once: a repeated (platform, external id) returns the order already stored
 * and writes nothing, so a platform's retry never shows an order twice.
 */
export function createOrder(input: NewOrder, actor: Actor): { order: OrderView; created: boolean } {
  const db = getDb();
  const result = db.transaction(
    (tx) => {
      const existing = tx
        .select({ id: orders.id })
        .from(orders)
        .where(and(eq(orders.platform, input.platform), eq(orders.externalId, input.external_id)))
        .get();
      if (existing) return { order: loadOrderView(tx, existing.id), created: false, event: null };

      const problems = moneyProblems(input);
      const store = tx.select({ id: stores.id }).from(stores).where(eq(stores.id, input.store_id)).get();
      if (!store) problems.push({ path: ["store_id"], message: `Store "${input.store_id}" does not exist` });
      if (problems.length > 0) throw new InvalidOrder(problems);

      const now = Date.now();
      const estimatedPickupAt = input.estimated_pickup_at ? Date.parse(input.estimated_pickup_at) : null;
      const row = tx
        .insert(orders)
        .values({
          storeId: input.store_id,
          platform: input.platform,
          externalId: input.external_id,
          shortCode: shortCodeFor(input),
          status: "incoming",
          fulfillmentType: input.fulfillment.type,
          deliveryAddress: input.fulfillment.address ?? null,
          vehicle: input.fulfillment.vehicle ?? null,
          tableNumber: input.fulfillment.table ?? null,
          customerFirstName: input.customer.first_name,
          customerLastName: input.customer.last_name,
          customerPhone: input.customer.phone ?? null,
          customerEmail: input.customer.email ?? null,
          specialInstructions: input.special_instructions || null,
          currency: input.money.currency,
          subtotalCents: input.money.subtotal_cents,
          taxCents: input.money.tax_cents,
          tipCents: input.money.tip_cents,
          feesCents: input.money.fees_cents,
          discountCents: input.money.discount_cents,
          totalCents: input.money.total_cents,
          taxBaseSubtotalCents: input.money.subtotal_cents,
          taxBaseCents: input.money.tax_cents,
          placedAt: input.placed_at ? Date.parse(input.placed_at) : now,
          estimatedPickupAt,
          readyBy: estimatedPickupAt,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: orders.id })
        .get();
      tx.insert(orderItems)
        .values(
          input.items.map((item, position) => ({
            orderId: row.id,
            position,
            externalId: item.external_id ?? null,
            name: item.name,
            quantity: item.quantity,
            unitPriceCents: item.unit_price_cents,
            modifiers: item.modifiers,
            specialInstructions: item.special_instructions || null,
          })),
        )
        .run();
      const event = recordEvent(
        tx,
        { orderId: row.id, storeId: input.store_id, type: "created", toStatus: "incoming" },
        actor,
        now,
      );
      return { order: loadOrderView(tx, row.id), created: true, event };
    },
    { behavior: "immediate" },
  );
  if (result.event) eventBus().publish({ event: result.event, order: result.order });
  return { order: result.order, created: result.created };
}
