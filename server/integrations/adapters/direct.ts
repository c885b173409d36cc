import { z } from "zod";
import { ZCourierStatus } from "@/server/domain/fulfillment";
import { ZArrival, ZHandoverOutcome } from "@/server/domain/handover";
import { ZNewOrder } from "@/server/domain/new-order";
import { ZReasonCode } from "@/server/domain/reason-codes";
import { defineAdapter, optionalText, ZOrderUpdate } from "../inbound-event";

// The store's own channels (web shop, app, kiosk, phone, POS) speak Orderboard's own vocabulary:
// the order as the REST API takes it, and events named as our notifications are.
const ref = { order_id: z.string().min(1).describe("The channel's own id of the order (`external_id` when it was placed)") };

const ZPlaced = z.object({ type: z.literal("order.placed"), order: ZNewOrder.omit({ platform: true }) });
const ZCancelled = z.object({
  type: z.literal("order.cancelled"),
  ...ref,
  cancelled_by: z.enum(["customer", "channel"]),
  reason_code: ZReasonCode,
  reason: optionalText,
});
const ZCourier = z.object({ type: z.literal("order.courier_status"), ...ref, courier_status: ZCourierStatus, courier_name: optionalText });
const ZUpdated = z.object({ type: z.literal("order.updated"), ...ref, ...ZOrderUpdate.shape });
const ZArrived = z.object({ type: z.literal("order.customer_arrived"), ...ref, ...ZArrival.shape });
const ZFailed = z.object({ type: z.literal("order.handover_failed"), ...ref, outcome: ZHandoverOutcome, reason: optionalText });

export const ZDirectWebhook = z.discriminatedUnion("type", [ZPlaced, ZCancelled, ZCourier, ZUpdated, ZArrived, ZFailed]);

export const direct = defineAdapter("direct", ZDirectWebhook, (payload) => {
  switch (payload.type) {
    case "order.placed":
      return { kind: "order_placed", order: { ...payload.order, platform: "direct" } };
    case "order.cancelled":
      return {
        kind: "order_cancelled",
        externalId: payload.order_id,
        cancelledBy: payload.cancelled_by === "customer" ? "customer" : "platform",
        reason: { code: payload.reason_code, message: payload.reason },
      };
    case "order.courier_status":
      return { kind: "courier_status", externalId: payload.order_id, status: payload.courier_status, courierName: payload.courier_name ?? null };
    case "order.updated":
      return {
        kind: "order_updated",
        externalId: payload.order_id,
        update: {
          special_instructions: payload.special_instructions,
          customer_phone: payload.customer_phone,
          delivery_address: payload.delivery_address,
          estimated_pickup_at: payload.estimated_pickup_at,
        },
      };
    case "order.customer_arrived":
      return { kind: "customer_arrived", externalId: payload.order_id, arrival: { spot: payload.spot, vehicle: payload.vehicle } };
    case "order.handover_failed":
      return { kind: "handover_failed", externalId: payload.order_id, outcome: payload.outcome, reason: payload.reason };
  }
});
