import { z } from "zod";
import { ZReasonCode } from "@/server/domain/reason-codes";
import { CENTS_TOTALS, defineAdapter, moneyInCents, optionalText, platformModifier } from "../inbound-event";

// DoorDash's order submission: money in whole cents, items under menu categories.
const ZExtra = z.object({ id: optionalText, name: z.string(), price: z.number().default(0), quantity: z.number().default(1) });
const ZItem = z.object({
  id: z.string(),
  name: z.string(),
  quantity: z.number(),
  price: z.number(),
  special_instructions: optionalText,
  extras: z.array(ZExtra).default([]),
});

const ZOrderCreated = z.object({
  event_type: z.literal("order_created"),
  order: z.object({
    id: z.string(),
    delivery_short_code: optionalText,
    store: z.object({ merchant_supplied_id: z.string() }),
    consumer: z.object({ first_name: z.string(), last_name: z.string().default(""), email: optionalText, phone: optionalText }),
    fulfillment_type: z.enum(["dx_delivery", "mx_fleet_delivery", "pickup"]),
    delivery_address: optionalText,
    ...CENTS_TOTALS,
    created_at: optionalText,
    estimated_pickup_time: optionalText,
    special_instructions: optionalText,
    categories: z.array(z.object({ name: z.string(), items: z.array(ZItem) })),
  }),
});

const ZOrderCancelled = z.object({
  event_type: z.literal("order_cancelled"),
  order_id: z.string(),
  cancelled_by: z.enum(["consumer", "doordash"]),
  cancel_reason: ZReasonCode,
  cancel_details: optionalText,
});

const ZDasherStatus = z.object({
  event_type: z.literal("dasher_status_changed"),
  order_id: z.string(),
  dasher_status: z.enum(["dasher_confirmed", "arriving_at_store", "arrived_at_store", "dasher_out_for_delivery", "dropoff"]),
  dasher: z.object({ first_name: z.string(), phone_number: optionalText }).optional(),
});

const ZOrderAdjusted = z.object({
  event_type: z.literal("order_adjusted"),
  order_id: z.string(),
  special_instructions: optionalText,
  consumer_phone: optionalText,
  delivery_address: optionalText,
  estimated_pickup_time: optionalText,
});

const ZConsumerArrived = z.object({
  event_type: z.literal("consumer_arrived"),
  order_id: z.string(),
  parking_spot: optionalText,
  vehicle_description: optionalText,
});

// DoorDash says where the handover broke down: at the store (pickup) or at the door (dropoff).
const ZDeliveryFailed = z.object({
  event_type: z.literal("delivery_failed"),
  order_id: z.string(),
  failure_stage: z.enum(["pickup", "dropoff"]),
  failure_reason: optionalText,
});

export const ZDoorDashWebhook = z.discriminatedUnion("event_type", [ZOrderCreated, ZOrderCancelled, ZDasherStatus, ZOrderAdjusted, ZConsumerArrived, ZDeliveryFailed]);

const FULFILLMENT = { dx_delivery: "delivery", mx_fleet_delivery: "merchant_delivery", pickup: "pickup" } as const;

export const doordash = defineAdapter("doordash", ZDoorDashWebhook, (payload) => {
  switch (payload.event_type) {
    case "order_created": {
      const order = payload.order;
      return {
        kind: "order_placed",
        order: {
          platform: "doordash",
          external_id: order.id,
          short_code: order.delivery_short_code,
          store_id: order.store.merchant_supplied_id,
          customer: order.consumer,
          fulfillment: { type: FULFILLMENT[order.fulfillment_type], address: order.delivery_address },
          items: order.categories.flatMap((category) =>
            category.items.map((item) => ({
              external_id: item.id,
              name: item.name,
              quantity: item.quantity,
              unit_price_cents: item.price,
              special_instructions: item.special_instructions,
              modifiers: item.extras.map((extra) => platformModifier(extra, "add")),
            })),
          ),
          special_instructions: order.special_instructions,
          money: moneyInCents(order),
          placed_at: order.created_at,
          estimated_pickup_at: order.estimated_pickup_time,
        },
      };
    }
    case "order_cancelled":
      return {
        kind: "order_cancelled",
        externalId: payload.order_id,
        cancelledBy: payload.cancelled_by === "consumer" ? "customer" : "platform",
        reason: { code: payload.cancel_reason, message: payload.cancel_details },
      };
    case "dasher_status_changed":
      return {
        kind: "courier_status",
        externalId: payload.order_id,
        status: payload.dasher_status === "dasher_out_for_delivery" ? "out_for_delivery" : payload.dasher_status,
        courierName: payload.dasher?.first_name ?? null,
      };
    case "order_adjusted":
      return {
        kind: "order_updated",
        externalId: payload.order_id,
        update: {
          special_instructions: payload.special_instructions,
          customer_phone: payload.consumer_phone,
          delivery_address: payload.delivery_address,
          estimated_pickup_at: payload.estimated_pickup_time,
        },
      };
    case "consumer_arrived":
      return { kind: "customer_arrived", externalId: payload.order_id, arrival: { spot: payload.parking_spot, vehicle: payload.vehicle_description } };
    case "delivery_failed":
      return {
        kind: "handover_failed",
        externalId: payload.order_id,
        outcome: payload.failure_stage === "pickup" ? "pickup_failed" : "delivery_failed",
        reason: payload.failure_reason,
      };
  }
});
