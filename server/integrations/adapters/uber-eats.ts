import { z } from "zod";
import { defineAdapter, optionalText, platformModifier } from "../inbound-event";

// Uber Eats speaks in money objects and upper-case enums; the order rides in the notification itself.
const ZMoney = z.object({ amount: z.number(), currency_code: z.string() });
const ZPrice = z.object({ unit_price: ZMoney });
const ZChoice = z.object({ id: optionalText, title: z.string(), quantity: z.number().default(1), price: ZPrice });
const uberChoice = (choice: z.output<typeof ZChoice>) => ({ id: choice.id, name: choice.title, quantity: choice.quantity, price: choice.price.unit_price.amount });
const ZMeta = z.object({ resource_id: z.string() });

const ZOrderNotification = z.object({
  event_type: z.literal("orders.notification"),
  meta: ZMeta,
  order: z.object({
    display_id: optionalText,
    store: z.object({ external_reference_id: z.string() }),
    eater: z.object({ first_name: z.string(), last_name: z.string().default(""), phone: optionalText }),
    type: z.enum(["DELIVERY_BY_UBER", "DELIVERY_BY_RESTAURANT", "PICK_UP", "DINE_IN"]),
    delivery_address: optionalText,
    table_number: optionalText,
    cart: z.object({
      special_instructions: optionalText,
      items: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          quantity: z.number(),
          price: ZPrice,
          special_instructions: optionalText,
          selected_modifier_groups: z
            .array(
              z.object({
                title: z.string(),
                selected_items: z.array(ZChoice).default([]),
                // Ingredients the eater took off ("onion" from "Burger toppings"): removals, never additions.
                removed_items: z.array(ZChoice).default([]),
              }),
            )
            .default([]),
        }),
      ),
    }),
    payment: z.object({
      charges: z.object({ sub_total: ZMoney, tax: ZMoney.optional(), tip: ZMoney.optional(), total_fee: ZMoney.optional(), discount: ZMoney.optional(), total: ZMoney }),
    }),
    placed_at: optionalText,
    estimated_ready_for_pickup_at: optionalText,
  }),
});

const ZOrderCancel = z.object({
  event_type: z.literal("orders.cancel"),
  meta: ZMeta,
  cancel: z.object({
    reason: z.enum(["CUSTOMER_CANCELLED", "OUT_OF_ITEMS", "RESTAURANT_CLOSED", "KITCHEN_TOO_BUSY", "OTHER"]),
    details: optionalText,
    cancelling_party: z.enum(["EATER", "UBER"]),
  }),
});

const ZDeliveryState = z.object({
  event_type: z.literal("delivery.state_changed"),
  meta: ZMeta,
  delivery: z.object({
    state: z.enum(["ASSIGNED", "EN_ROUTE_TO_PICKUP", "ARRIVED_AT_PICKUP", "EN_ROUTE_TO_DROPOFF", "COMPLETED"]),
    courier: z.object({ name: z.string() }).optional(),
  }),
});

const ZOrderUpdated = z.object({
  event_type: z.literal("orders.updated"),
  meta: ZMeta,
  changes: z.object({
    special_instructions: optionalText,
    eater_phone: optionalText,
    delivery_address: optionalText,
    estimated_ready_for_pickup_at: optionalText,
  }),
});

const ZEaterArrived = z.object({
  event_type: z.literal("orders.eater_arrived"),
  meta: ZMeta,
  arrival: z.object({ location_note: optionalText, vehicle: z.object({ description: optionalText }).optional() }).default({}),
});

const ZDeliveryFailed = z.object({
  event_type: z.literal("delivery.failed"),
  meta: ZMeta,
  failure: z.object({ stage: z.enum(["PICKUP", "DROPOFF"]), reason: optionalText }),
});

export const ZUberEatsWebhook = z.discriminatedUnion("event_type", [ZOrderNotification, ZOrderCancel, ZDeliveryState, ZOrderUpdated, ZEaterArrived, ZDeliveryFailed]);

const FULFILLMENT = { DELIVERY_BY_UBER: "delivery", DELIVERY_BY_RESTAURANT: "merchant_delivery", PICK_UP: "pickup", DINE_IN: "dine_in" } as const;
const REASONS = {
  CUSTOMER_CANCELLED: "CUSTOMER_REQUEST",
  OUT_OF_ITEMS: "ITEM_OUT_OF_STOCK",
  RESTAURANT_CLOSED: "STORE_CLOSED",
  KITCHEN_TOO_BUSY: "KITCHEN_BUSY",
  OTHER: "OTHER",
} as const;
const COURIER = {
  ASSIGNED: "dasher_confirmed",
  EN_ROUTE_TO_PICKUP: "arriving_at_store",
  ARRIVED_AT_PICKUP: "arrived_at_store",
  EN_ROUTE_TO_DROPOFF: "out_for_delivery",
  COMPLETED: "dropoff",
} as const;

export const uberEats = defineAdapter("uber_eats", ZUberEatsWebhook, (payload) => {
  switch (payload.event_type) {
    case "orders.notification": {
      const { order } = payload;
      const charges = order.payment.charges;
      return {
        kind: "order_placed",
        order: {
          platform: "uber_eats",
          external_id: payload.meta.resource_id,
          short_code: order.display_id,
          store_id: order.store.external_reference_id,
          customer: order.eater,
          fulfillment: { type: FULFILLMENT[order.type], address: order.delivery_address, table: order.table_number },
          items: order.cart.items.map((item) => ({
            external_id: item.id,
            name: item.title,
            quantity: item.quantity,
            unit_price_cents: item.price.unit_price.amount,
            special_instructions: item.special_instructions,
            modifiers: item.selected_modifier_groups.flatMap((group) => [
              ...group.selected_items.map((choice) => platformModifier(uberChoice(choice))),
              ...group.removed_items.map((choice) => ({ ...platformModifier(uberChoice(choice)), action: "remove" as const })),
            ]),
          })),
          special_instructions: order.cart.special_instructions,
          money: {
            currency: charges.sub_total.currency_code,
            subtotal_cents: charges.sub_total.amount,
            tax_cents: charges.tax?.amount,
            tip_cents: charges.tip?.amount,
            fees_cents: charges.total_fee?.amount,
            discount_cents: charges.discount?.amount,
            total_cents: charges.total.amount,
          },
          placed_at: order.placed_at,
          estimated_pickup_at: order.estimated_ready_for_pickup_at,
        },
      };
    }
    case "orders.cancel":
      return {
        kind: "order_cancelled",
        externalId: payload.meta.resource_id,
        cancelledBy: payload.cancel.cancelling_party === "EATER" ? "customer" : "platform",
        reason: { code: REASONS[payload.cancel.reason], message: payload.cancel.details },
      };
    case "delivery.state_changed":
      return {
        kind: "courier_status",
        externalId: payload.meta.resource_id,
        status: COURIER[payload.delivery.state],
        courierName: payload.delivery.courier?.name ?? null,
      };
    case "orders.updated":
      return {
        kind: "order_updated",
        externalId: payload.meta.resource_id,
        update: {
          special_instructions: payload.changes.special_instructions,
          customer_phone: payload.changes.eater_phone,
          delivery_address: payload.changes.delivery_address,
          estimated_pickup_at: payload.changes.estimated_ready_for_pickup_at,
        },
      };
    case "orders.eater_arrived":
      return { kind: "customer_arrived", externalId: payload.meta.resource_id, arrival: { spot: payload.arrival.location_note, vehicle: payload.arrival.vehicle?.description } };
    case "delivery.failed":
      return {
        kind: "handover_failed",
        externalId: payload.meta.resource_id,
        outcome: payload.failure.stage === "PICKUP" ? "pickup_failed" : "delivery_failed",
        reason: payload.failure.reason,
      };
  }
});
