import { z } from "zod";
import { readModifierName, type ModifierAction } from "@/server/domain/modifiers";
import { ZNewOrder, type NewOrder, type NewOrderInput } from "@/server/domain/new-order";
import { ZReason, type Reason } from "@/server/domain/reason-codes";
import type { CourierStatus } from "@/server/domain/fulfillment";
import { ZArrival, ZHandoverFailure, type Arrival, type HandoverOutcome } from "@/server/domain/handover";
import type { Platform } from "@/server/domain/platforms";
import type { DetailsChange } from "@/server/domain/order-details";

/** Fields a platform may change on an order it already sent. */
export const ZOrderUpdate = z.object({
  special_instructions: z.string().trim().max(1000).optional(),
  customer_phone: z.string().trim().max(30).optional(),
  delivery_address: z.string().trim().max(300).optional(),
  estimated_pickup_at: z.iso.datetime({ offset: true }).optional(),
});
export type OrderUpdate = z.infer<typeof ZOrderUpdate>;

/** A platform's update as a change of the order's details, in the shapes the order came in with. */
export function detailsChangeOf(update: OrderUpdate): DetailsChange {
  return {
    special_instructions: update.special_instructions,
    estimated_pickup_at: update.estimated_pickup_at,
    ...(update.customer_phone === undefined ? {} : { customer: { phone: update.customer_phone } }),
    ...(update.delivery_address === undefined ? {} : { fulfillment: { address: update.delivery_address } }),
  };
}

/** What a platform's webhook means to us, whichever platform sent it. */
export type InboundEvent =
  | { kind: "order_placed"; order: NewOrder }
  | { kind: "order_cancelled"; externalId: string; cancelledBy: "customer" | "platform"; reason: Reason }
  | { kind: "courier_status"; externalId: string; status: CourierStatus; courierName: string | null }
  | { kind: "order_updated"; externalId: string; update: OrderUpdate }
  | { kind: "customer_arrived"; externalId: string; arrival: Arrival }
  | { kind: "handover_failed"; externalId: string; outcome: HandoverOutcome; reason: string };

/** An adapter's raw mapping, before our own schemas have checked it. */
export type MappedEvent =
  | { kind: "order_placed"; order: NewOrderInput }
  | { kind: "order_cancelled"; externalId: string; cancelledBy: "customer" | "platform"; reason: z.input<typeof ZReason> }
  | { kind: "customer_arrived"; externalId: string; arrival: { spot?: string; vehicle?: string } }
  | { kind: "handover_failed"; externalId: string; outcome: HandoverOutcome; reason?: string }
  | Exclude<InboundEvent, { kind: "order_placed" | "order_cancelled" | "customer_arrived" | "handover_failed" }>;

export type Adapted = { ok: true; event: InboundEvent } | { ok: false; reason: string };

export type PlatformAdapter = { platform: Platform; adapt: (payload: unknown) => Adapted };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ");
}

/** Builds an adapter: the platform's schema, a plain mapping, then our own order and reason schemas over the result. */
export function defineAdapter<S extends z.ZodType>(platform: Platform, schema: S, map: (payload: z.output<S>) => MappedEvent): PlatformAdapter {
  return {
    platform,
    adapt(payload) {
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return { ok: false, reason: describe(parsed.error) };
      const event = map(parsed.data);
      if (event.kind === "order_placed") {
        const order = ZNewOrder.safeParse(event.order);
        return order.success ? { ok: true, event: { kind: "order_placed", order: order.data } } : { ok: false, reason: describe(order.error) };
      }
      if (event.kind === "order_cancelled") {
        // A cancellation (or a failed handover) happened whether or not the platform said why; it must not be quarantined for that.
        const reason = ZReason.safeParse({ ...event.reason, message: event.reason.message || NO_DETAILS });
        return reason.success ? { ok: true, event: { ...event, reason: reason.data } } : { ok: false, reason: describe(reason.error) };
      }
      if (event.kind === "customer_arrived") {
        const arrival = ZArrival.safeParse(event.arrival);
        return arrival.success ? { ok: true, event: { ...event, arrival: arrival.data } } : { ok: false, reason: describe(arrival.error) };
      }
      if (event.kind === "handover_failed") {
        const failure = ZHandoverFailure.safeParse({ outcome: event.outcome, reason: event.reason || NO_DETAILS });
        return failure.success ? { ok: true, event: { ...event, ...failure.data } } : { ok: false, reason: describe(failure.error) };
      }
      if (event.kind === "order_updated") {
        const update = ZOrderUpdate.safeParse(event.update);
        return update.success ? { ok: true, event: { ...event, update: update.data } } : { ok: false, reason: describe(update.error) };
      }
      return { ok: true, event };
    },
  };
}

/** "Ana María Lopez" → first "Ana", last "María Lopez": for platforms that send one name. */
export function splitName(name: string): { first_name: string; last_name: string } {
  const [first = "", ...rest] = name.trim().split(/\s+/);
  return { first_name: first, last_name: rest.join(" ") };
}

const NO_DETAILS = "No details given by the platform";

/** Money in whole cents under plain names, as DoorDash and LulaDirect both send it. */
export const CENTS_TOTALS = {
  currency: z.string().default("USD"),
  subtotal: z.number(),
  tax: z.number().default(0),
  tip: z.number().default(0),
  fees: z.number().default(0),
  discount: z.number().default(0),
  total: z.number(),
};

export function moneyInCents(totals: z.output<z.ZodObject<typeof CENTS_TOTALS>>): NewOrderInput["money"] {
  return {
    currency: totals.currency,
    subtotal_cents: totals.subtotal,
    tax_cents: totals.tax,
    tip_cents: totals.tip,
    fees_cents: totals.fees,
    discount_cents: totals.discount,
    total_cents: totals.total,
  };
}

export const optionalText = z.string().optional();

/**
 * A platform's modifier as the order keeps it: with the platform's id, and its action read from its
 * name where the platform does not say ("No onion" is a removal), else `fallback`.
 */
export function platformModifier(modifier: { id?: string; name: string; quantity: number; price: number }, fallback: ModifierAction = "choice") {
  return { external_id: modifier.id, ...readModifierName(modifier.name, fallback), quantity: modifier.quantity, price_cents: modifier.price };
}
