import { z } from "zod";
import { defineAdapter, optionalText, platformModifier, splitName } from "../inbound-event";

// Grubhub sends flat `type` events keyed by the order's UUID, with the diner's name in one field.
const ZOrderPlaced = z.object({
  type: z.literal("ORDER_PLACED"),
  order_uuid: z.string(),
  order_number: optionalText,
  restaurant_id: z.string(),
  diner: z.object({ name: z.string(), phone: optionalText, email: optionalText }),
  fulfillment: z.object({ type: z.enum(["DELIVERY", "RESTAURANT_DELIVERY", "PICKUP", "CURBSIDE"]), address: optionalText, vehicle_description: optionalText }),
  lines: z.array(
    z.object({
      menu_item_id: optionalText,
      name: z.string(),
      quantity: z.number(),
      price_cents: z.number(),
      instructions: optionalText,
      options: z.array(z.object({ id: optionalText, name: z.string(), price_cents: z.number().default(0), quantity: z.number().default(1) })).default([]),
    }),
  ),
  charges: z.object({
    currency: z.string().default("USD"),
    subtotal_cents: z.number(),
    tax_cents: z.number().default(0),
    tip_cents: z.number().default(0),
    fees_cents: z.number().default(0),
    discount_cents: z.number().default(0),
    total_cents: z.number(),
  }),
  special_instructions: optionalText,
  placed_at: optionalText,
  ready_by: optionalText,
});

const ZOrderCancelled = z.object({
  type: z.literal("ORDER_CANCELLED"),
  order_uuid: z.string(),
  initiated_by: z.enum(["DINER", "GRUBHUB"]),
  reason: z.object({ code: z.enum(["DINER_REQUEST", "ITEM_UNAVAILABLE", "RESTAURANT_CLOSED", "RESTAURANT_BUSY", "OTHER"]), text: optionalText }),
});

const ZDriverStatus = z.object({
  type: z.literal("DRIVER_STATUS"),
  order_uuid: z.string(),
  status: z.enum(["ASSIGNED", "EN_ROUTE", "AT_RESTAURANT", "PICKED_UP", "DELIVERED"]),
  driver_name: optionalText,
});

const ZOrderUpdated = z.object({
  type: z.literal("ORDER_UPDATED"),
  order_uuid: z.string(),
  special_instructions: optionalText,
  diner_phone: optionalText,
  address: optionalText,
  ready_by: optionalText,
});

const ZDinerArrived = z.object({
  type: z.literal("DINER_ARRIVED"),
  order_uuid: z.string(),
  parking_spot: optionalText,
  vehicle_description: optionalText,
});

const ZHandoffFailed = z.object({
  type: z.literal("HANDOFF_FAILED"),
  order_uuid: z.string(),
  failure_type: z.enum(["DINER_NO_SHOW", "PICKUP", "DELIVERY"]),
  reason: optionalText,
});

export const ZGrubhubWebhook = z.discriminatedUnion("type", [ZOrderPlaced, ZOrderCancelled, ZDriverStatus, ZOrderUpdated, ZDinerArrived, ZHandoffFailed]);

const FULFILLMENT = { DELIVERY: "delivery", RESTAURANT_DELIVERY: "merchant_delivery", PICKUP: "pickup", CURBSIDE: "curbside" } as const;
const REASONS = {
  DINER_REQUEST: "CUSTOMER_REQUEST",
  ITEM_UNAVAILABLE: "ITEM_OUT_OF_STOCK",
  RESTAURANT_CLOSED: "STORE_CLOSED",
  RESTAURANT_BUSY: "KITCHEN_BUSY",
  OTHER: "OTHER",
} as const;
const COURIER = {
  ASSIGNED: "dasher_confirmed",
  EN_ROUTE: "arriving_at_store",
  AT_RESTAURANT: "arrived_at_store",
  PICKED_UP: "out_for_delivery",
  DELIVERED: "dropoff",
} as const;
const HANDOFF = { DINER_NO_SHOW: "not_picked_up", PICKUP: "pickup_failed", DELIVERY: "delivery_failed" } as const;

export const grubhub = defineAdapter("grubhub", ZGrubhubWebhook, (payload) => {
  switch (payload.type) {
    case "ORDER_PLACED":
      return {
        kind: "order_placed",
        order: {
          platform: "grubhub",
          external_id: payload.order_uuid,
          short_code: payload.order_number,
          store_id: payload.restaurant_id,
          customer: { ...splitName(payload.diner.name), phone: payload.diner.phone, email: payload.diner.email },
          fulfillment: { type: FULFILLMENT[payload.fulfillment.type], address: payload.fulfillment.address, vehicle: payload.fulfillment.vehicle_description },
          items: payload.lines.map((line) => ({
            external_id: line.menu_item_id,
            name: line.name,
            quantity: line.quantity,
            unit_price_cents: line.price_cents,
            special_instructions: line.instructions,
            modifiers: line.options.map((option) => platformModifier({ ...option, price: option.price_cents })),
          })),
          special_instructions: payload.special_instructions,
          money: {
            currency: payload.charges.currency,
            subtotal_cents: payload.charges.subtotal_cents,
            tax_cents: payload.charges.tax_cents,
            tip_cents: payload.charges.tip_cents,
            fees_cents: payload.charges.fees_cents,
            discount_cents: payload.charges.discount_cents,
            total_cents: payload.charges.total_cents,
          },
          placed_at: payload.placed_at,
          estimated_pickup_at: payload.ready_by,
        },
      };
    case "ORDER_CANCELLED":
      return {
        kind: "order_cancelled",
        externalId: payload.order_uuid,
        cancelledBy: payload.initiated_by === "DINER" ? "customer" : "platform",
        reason: { code: REASONS[payload.reason.code], message: payload.reason.text },
      };
    case "DRIVER_STATUS":
      return { kind: "courier_status", externalId: payload.order_uuid, status: COURIER[payload.status], courierName: payload.driver_name ?? null };
    case "ORDER_UPDATED":
      return {
        kind: "order_updated",
        externalId: payload.order_uuid,
        update: {
          special_instructions: payload.special_instructions,
          customer_phone: payload.diner_phone,
          delivery_address: payload.address,
          estimated_pickup_at: payload.ready_by,
        },
      };
    case "DINER_ARRIVED":
      return { kind: "customer_arrived", externalId: payload.order_uuid, arrival: { spot: payload.parking_spot, vehicle: payload.vehicle_description } };
    case "HANDOFF_FAILED":
      return { kind: "handover_failed", externalId: payload.order_uuid, outcome: HANDOFF[payload.failure_type], reason: payload.reason };
  }
});
