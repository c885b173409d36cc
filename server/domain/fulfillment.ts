import { z } from "zod";

export const FULFILLMENT_TYPES = [
  "delivery",
  "merchant_delivery",
  "pickup",
  "curbside",
  "drive_thru",
  "dine_in",
] as const;
export const ZFulfillmentType = z.enum(FULFILLMENT_TYPES);
export type FulfillmentType = z.infer<typeof ZFulfillmentType>;

export const FULFILLMENT_LABELS: Record<FulfillmentType, string> = {
  delivery: "Delivery",
  merchant_delivery: "Store delivery",
  pickup: "Pickup",
  curbside: "Curbside",
  drive_thru: "Drive-thru",
  dine_in: "Dine-in",
};

/** A courier (the platform's or the store's) carries these away, so they pass through picked_up. */
export function leavesWithCourier(type: FulfillmentType): boolean {
  return type === "delivery" || type === "merchant_delivery";
}

/** A store delivery goes to an address: an order may not come in, or be changed, without one. */
export function addressProblems(type: FulfillmentType, address: string | null | undefined) {
  return type === "merchant_delivery" && !address ? [{ path: ["fulfillment", "address"], message: "A store delivery needs the customer's address" }] : [];
}

export const COURIER_STATUSES = [
  "dasher_confirmed",
  "arriving_at_store",
  "arrived_at_store",
  "out_for_delivery",
  "dropoff",
  "courier_cancelled",
] as const;
export const ZCourierStatus = z.enum(COURIER_STATUSES);
export type CourierStatus = z.infer<typeof ZCourierStatus>;

export const COURIER_STATUS_LABELS: Record<CourierStatus, string> = {
  dasher_confirmed: "Courier assigned",
  arriving_at_store: "Courier on the way",
  arrived_at_store: "Courier waiting",
  out_for_delivery: "Out for delivery",
  dropoff: "Delivered",
  courier_cancelled: "Courier cancelled: a new courier is needed",
};

type Handover = { fulfillmentType: FulfillmentType; tableNumber: string | null; vehicle: string | null; deliveryAddress: string | null };

/** The words a handover is told in, in the screen's language: each kind, and how a table is named. */
export type HandoverWords = { kind: (type: FulfillmentType) => string; table: (table: string) => string };

/** How the order is handed over, as a ticket and a card say it: "Dine-in · Table 12", "Curbside · Blue Civic". */
export function handoverLabel({ fulfillmentType, tableNumber, vehicle, deliveryAddress }: Handover, words: HandoverWords): string {
  const detail = fulfillmentType === "dine_in" && tableNumber ? words.table(tableNumber) : fulfillmentType === "curbside" ? vehicle : fulfillmentType === "merchant_delivery" ? deliveryAddress : null;
  return detail ? `${words.kind(fulfillmentType)} · ${detail}` : words.kind(fulfillmentType);
}
