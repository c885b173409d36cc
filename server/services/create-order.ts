import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { builtOnce, insertRow, insertRows, transaction } from "@/db/client";
import { orderItems, orders, stores } from "@/db/schema";
import { InvalidOrder, OrderExists } from "@/server/domain/errors";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { orderProblems, shortCodeFor, type NewOrder } from "@/server/domain/new-order";
import { dueAt, waitsUntilDue } from "@/server/domain/scheduling";
import { eventBus } from "@/server/events/bus";
import type { Actor } from "./actor";
import { loadOrderView, type OrderView } from "./order-views";
import { customerFor } from "./customers";
import { learnMenu } from "./menu";
import { randomToken } from "./random-token";
import { recordEvent } from "./record-event";
import { scheduledReleases } from "./release-scheduled";
import { autoAcceptIfDue } from "./auto-accept";

const ordersWithIdentity = builtOnce((db) =>
  db
    .select({ id: orders.id, intake: orders.intake, deletedAt: orders.deletedAt })
    .from(orders)
    .where(and(eq(orders.platform, sql.placeholder("platform")), eq(orders.storeId, sql.placeholder("storeId")), eq(orders.externalId, sql.placeholder("externalId"))))
    .prepare(),
);
const storeById = builtOnce((db) =>
  db
    .select({ id: stores.id, prepMinutes: stores.schedulePrepMinutes, bufferMinutes: stores.scheduleBufferMinutes, autoAccepts: stores.autoAcceptPlatforms })
    .from(stores)
    .where(eq(stores.id, sql.placeholder("id")))
    .prepare(),
);

/**
 * Takes an order in once. Its identity is (platform, store, external id) within its intake: a
 * repeat returns the order already stored and writes nothing, so a retry never shows an order
 * twice, and never reaches another store's order. A platform's signed webhook has an intake of its
 * own, so nobody can claim its id first; the API refuses an id the platform's delivery already took.
 */
export async function createOrder(input: NewOrder, actor: Actor): Promise<{ order: OrderView; created: boolean }> {
  const intake = actor.type === "platform" ? "webhook" : "api";
  const result = await transaction(
    async (tx) => {
      const sameIdentity = await ordersWithIdentity().execute({ platform: input.platform, storeId: input.store_id, externalId: input.external_id });
      const existing = sameIdentity.find((order) => order.intake === intake);
      if (existing?.deletedAt) throw new OrderExists("This order was deleted at the store; it is not taken in again", existing.id);
      if (existing) return { order: await loadOrderView(existing.id), created: false, event: null, autoAccepts: false };
      if (intake === "api" && sameIdentity.length > 0) {
        throw new OrderExists(`This ${PLATFORM_LABELS[input.platform]} order came in from the platform's own delivery already`);
      }

      const problems = orderProblems(input);
      const [store] = await storeById().execute({ id: input.store_id });
      if (!store) problems.push({ path: ["store_id"], message: `Store "${input.store_id}" does not exist` });
      if (problems.length > 0) throw new InvalidOrder(problems);

      const now = Date.now();
      const estimatedPickupAt = input.estimated_pickup_at ? Date.parse(input.estimated_pickup_at) : null;
      const scheduledFor = input.scheduled_for ? Date.parse(input.scheduled_for) : null;
      const scheduled = waitsUntilDue(scheduledFor, store!, now);
      const status = scheduled ? "scheduled" : "incoming";
      const customerId = await customerFor(tx, input, now);
      const row = await insertRow(orders, {
        storeId: input.store_id,
        platform: input.platform,
        externalId: input.external_id,
        intake,
        shortCode: shortCodeFor(input),
        status,
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
        paymentMethod: input.payment.method,
        paid: input.payment.paid,
        cashTenderedCents: input.payment.cash_tendered_cents ?? null,
        channel: input.channel ?? "platform_app",
        customerId,
        trackingToken: randomToken(24),
        placedAt: input.placed_at ? Date.parse(input.placed_at) : now,
        estimatedPickupAt,
        readyBy: estimatedPickupAt ?? scheduledFor,
        scheduledFor,
        dueAt: scheduled ? dueAt(scheduledFor!, store!) : null,
        createdAt: now,
        updatedAt: now,
      });
      const items = await insertRows(
        orderItems,
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
      );
      await learnMenu(tx, input, now);
      const event = await recordEvent(
        { orderId: row.id, storeId: input.store_id, type: "created", toStatus: status },
        actor,
        now,
      );
      return { order: { ...row, items }, created: true, event, autoAccepts: store!.autoAccepts.includes(input.platform) && status === "incoming" };
    },
    { write: true },
  );
  if (result.event) eventBus().publish({ event: result.event, order: result.order });
  if (result.order.dueAt !== null) scheduledReleases().plan(result.order.dueAt);
  // Taken in first (every board chimes), then accepted at once if the store auto-accepts it: the caller gets the order as it now stands.
  if (result.autoAccepts) return { order: await autoAcceptIfDue(result.order), created: true };
  return { order: result.order, created: result.created };
}
