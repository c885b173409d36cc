import { z } from "zod";
import { ZCourierStatus } from "@/server/domain/fulfillment";
import { ZHandoverOutcome } from "@/server/domain/handover";
import { ZReasonCode } from "@/server/domain/reason-codes";
import { CENTS_TOTALS, defineAdapter, moneyInCents, optionalText, platformModifier } from "../inbound-event";

// LulaDirect wraps each event in a `location.order.*` envelope, with our own vocabulary inside.
const ZCreate = z.object({
  event_type: z.literal("location.order.create"),
  location_id: z.string(),
  data: z.object({
    order: z.object({
      id: z.string(),
      short_code: optionalText,
      fulfillment_type: z.enum(["delivery", "merchant_managed_delivery", "pickup", "curbside", "drive_thru", "dine_in"]),
      customer: z.object({ first_name: z.string(), last_name: z.string().default(""), phone: optionalText, email: optionalText }),
      delivery_address: optionalText,
      vehicle: optionalText,
      table: optionalText,
      notes: optionalText,
      items: z.array(
        z.object({
          id: optionalText,
          name: z.string(),
          quantity: z.number(),
          price: z.number(),
          notes: optionalText,
          modifiers: z.array(z.object({ id: optionalText, name: z.string(), price: z.number().default(0), quantity: z.number().default(1) })).default([]),
        }),
      ),
      totals: z.object(CENTS_TOTALS),
      placed_at: optionalText,
      pickup_at: optionalText,
    }),
  }),
});

const ZCancel = z.object({
  event_type: z.literal("location.order.cancel"),
  location_id: z.string(),
  data: z.object({ order_id: z.string(), cancelled_by: z.enum(["customer", "platform"]), reason_code: ZReasonCode, reason_details: optionalText }),
});

const ZCourierUpdate = z.object({
  event_type: z.literal("location.order.courier_update"),
  location_id: z.string(),
  data: z.object({ order_id: z.string(), courier_status: ZCourierStatus, courier: z.object({ name: z.string() }).optional() }),
});

const ZUpdate = z.object({
  event_type: z.literal("location.order.update"),
  location_id: z.string(),
  data: z.object({ order_id: z.string(), notes: optionalText, customer_phone: optionalText, delivery_address: optionalText, pickup_at: optionalText }),
});

const ZCustomerArrived = z.object({
  event_type: z.literal("location.order.customer_arrived"),
  location_id: z.string(),
  data: z.object({ order_id: z.string(), spot: optionalText, vehicle: optionalText }),
});

const ZHandoverFailed = z.object({
  event_type: z.literal("location.order.handover_failed"),
  location_id: z.string(),
  data: z.object({ order_id: z.string(), outcome: ZHandoverOutcome, reason: optionalText }),
});

export const ZLulaDirectWebhook = z.discriminatedUnion("event_type", [ZCreate, ZCancel, ZCourierUpdate, ZUpdate, ZCustomerArrived, ZHandoverFailed]);

export const luladirect = defineAdapter("luladirect", ZLulaDirectWebhook, (payload) => {
  switch (payload.event_type) {
    case "location.order.create": {
      const { order } = payload.data;
      return {
        kind: "order_placed",
        order: {
          platform: "luladirect",
          external_id: order.id,
          short_code: order.short_code,
          store_id: payload.location_id,
          customer: order.customer,
          fulfillment: {
            type: order.fulfillment_type === "merchant_managed_delivery" ? "merchant_delivery" : order.fulfillment_type,
            address: order.delivery_address,
            vehicle: order.vehicle,
            table: order.table,
          },
          items: order.items.map((item) => ({
            external_id: item.id,
            name: item.name,
            quantity: item.quantity,
            unit_price_cents: item.price,
            special_instructions: item.notes,
            modifiers: item.modifiers.map((modifier) => platformModifier(modifier)),
          })),
          special_instructions: order.notes,
          money: moneyInCents(order.totals),
          placed_at: order.placed_at,
          estimated_pickup_at: order.pickup_at,
        },
      };
    }
    case "location.order.cancel":
      return {
        kind: "order_cancelled",
        externalId: payload.data.order_id,
        cancelledBy: payload.data.cancelled_by,
        reason: { code: payload.data.reason_code, message: payload.data.reason_details },
      };
    case "location.order.courier_update":
      return { kind: "courier_status", externalId: payload.data.order_id, status: payload.data.courier_status, courierName: payload.data.courier?.name ?? null };
    case "location.order.update":
      return {
        kind: "order_updated",
        externalId: payload.data.order_id,
        update: {
          special_instructions: payload.data.notes,
          customer_phone: payload.data.customer_phone,
          delivery_address: payload.data.delivery_address,
          estimated_pickup_at: payload.data.pickup_at,
        },
      };
    case "location.order.customer_arrived":
      return { kind: "customer_arrived", externalId: payload.data.order_id, arrival: { spot: payload.data.spot, vehicle: payload.data.vehicle } };
    case "location.order.handover_failed":
      return { kind: "handover_failed", externalId: payload.data.order_id, outcome: payload.data.outcome, reason: payload.data.reason };
  }
});
