import type { OrderItemRow } from "@/db/schema";
import type { OrderView } from "@/server/services/order-views";
import { toIso as iso } from "@/server/domain/time-zone";
import type { ApiItem, ApiOrder } from "./api-schemas";

/** A line as integrators see it; a removed line stays, with the time it was removed. */
export function toApiItem(item: OrderItemRow): ApiItem {
  return {
    id: item.id,
    external_id: item.externalId,
    name: item.name,
    quantity: item.quantity,
    unit_price_cents: item.unitPriceCents,
    modifiers: item.modifiers,
    special_instructions: item.specialInstructions,
    removed_at: iso(item.removedAt),
    added_at: iso(item.addedAt),
    replaces_item_id: item.replacesItemId,
    packed_at: iso(item.packedAt),
  };
}

/** The order as integrators see it: snake_case, ISO-8601 UTC times, money in minor units. */
export function toApiOrder(order: OrderView): ApiOrder {
  return {
    id: order.id,
    platform: order.platform,
    external_id: order.externalId,
    short_code: order.shortCode,
    store_id: order.storeId,
    status: order.status,
    version: order.version,
    customer: {
      first_name: order.customerFirstName,
      last_name: order.customerLastName,
      phone: order.customerPhone,
      email: order.customerEmail,
    },
    fulfillment: {
      type: order.fulfillmentType,
      address: order.deliveryAddress,
      vehicle: order.vehicle,
      table: order.tableNumber,
      courier_status: order.courierStatus,
      courier: order.courierName === null && order.courierPhone === null ? null : { name: order.courierName, phone: order.courierPhone },
    },
    items: order.items.map(toApiItem),
    special_instructions: order.specialInstructions,
    money: {
      currency: order.currency,
      subtotal_cents: order.subtotalCents,
      tax_cents: order.taxCents,
      tip_cents: order.tipCents,
      fees_cents: order.feesCents,
      discount_cents: order.discountCents,
      total_cents: order.totalCents,
    },
    payment: { method: order.paymentMethod, paid: order.paid, cash_tendered_cents: order.cashTenderedCents },
    channel: order.channel,
    assignee_id: order.assigneeId,
    group_id: order.groupId,
    assigned_at: iso(order.assignedAt),
    customer_id: order.customerId,
    tracking_path: order.trackingToken && `/track/${order.trackingToken}`,
    customer_arrived_at: iso(order.customerArrivedAt),
    arrival_note: order.arrivalNote,
    scheduled_for: iso(order.scheduledFor),
    due_at: iso(order.dueAt),
    reason: order.reasonCode ? { code: order.reasonCode, message: order.reasonMessage } : null,
    outcome: order.outcome,
    handover_failure_reason: order.outcome ? order.reasonMessage : null,
    unacknowledged_changes: order.unacknowledgedChanges.map((note) => ({ ...note, at: iso(note.at) })),
    placed_at: iso(order.placedAt),
    estimated_pickup_at: iso(order.estimatedPickupAt),
    accepted_at: iso(order.acceptedAt),
    prep_minutes: order.prepMinutes,
    ready_by: iso(order.readyBy),
    ready_at: iso(order.readyAt),
    finished_at: iso(order.finishedAt),
    created_at: iso(order.createdAt),
    updated_at: iso(order.updatedAt),
  };
}
