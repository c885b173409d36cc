import type { Platform } from "@/server/domain/platforms";
import doordashOrderPlaced from "./doordash/order-placed.json";
import doordashOrderCancelled from "./doordash/order-cancelled.json";
import doordashCourierArrived from "./doordash/courier-arrived.json";
import doordashOrderUpdated from "./doordash/order-updated.json";
import doordashCustomerArrived from "./doordash/customer-arrived.json";
import doordashHandoverFailed from "./doordash/handover-failed.json";
import doordashMalformed from "./doordash/malformed.json";
import uberEatsOrderPlaced from "./uber_eats/order-placed.json";
import uberEatsOrderCancelled from "./uber_eats/order-cancelled.json";
import uberEatsCourierArrived from "./uber_eats/courier-arrived.json";
import uberEatsOrderUpdated from "./uber_eats/order-updated.json";
import uberEatsCustomerArrived from "./uber_eats/customer-arrived.json";
import uberEatsHandoverFailed from "./uber_eats/handover-failed.json";
import uberEatsMalformed from "./uber_eats/malformed.json";
import grubhubOrderPlaced from "./grubhub/order-placed.json";
import grubhubOrderCancelled from "./grubhub/order-cancelled.json";
import grubhubCourierArrived from "./grubhub/courier-arrived.json";
import grubhubOrderUpdated from "./grubhub/order-updated.json";
import grubhubCustomerArrived from "./grubhub/customer-arrived.json";
import grubhubHandoverFailed from "./grubhub/handover-failed.json";
import grubhubMalformed from "./grubhub/malformed.json";
import luladirectOrderPlaced from "./luladirect/order-placed.json";
import luladirectOrderCancelled from "./luladirect/order-cancelled.json";
import luladirectCourierArrived from "./luladirect/courier-arrived.json";
import luladirectOrderUpdated from "./luladirect/order-updated.json";
import luladirectCustomerArrived from "./luladirect/customer-arrived.json";
import luladirectHandoverFailed from "./luladirect/handover-failed.json";
import luladirectMalformed from "./luladirect/malformed.json";
import directOrderPlaced from "./direct/order-placed.json";
import directOrderCancelled from "./direct/order-cancelled.json";
import directCourierArrived from "./direct/courier-arrived.json";
import directOrderUpdated from "./direct/order-updated.json";
import directCustomerArrived from "./direct/customer-arrived.json";
import directHandoverFailed from "./direct/handover-failed.json";
import directMalformed from "./direct/malformed.json";

export const EXAMPLE_NAMES = ["order-placed", "order-cancelled", "courier-arrived", "order-updated", "customer-arrived", "handover-failed", "malformed"] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** The order id, and the ticket's short code, that each platform's recorded examples share. */
export const EXAMPLE_ORDER_IDS: Record<Platform, string> = {
  doordash: "dd-5f1c7a20",
  uber_eats: "ue-8e2d4b6f",
  grubhub: "gh-3b9e0d52",
  luladirect: "lula-91c4e7aa",
  direct: "web-7c21d9e0",
};
export const EXAMPLE_SHORT_CODES: Record<Platform, string> = {
  doordash: "DD7F3A",
  uber_eats: "A1B2C",
  grubhub: "GH2231",
  luladirect: "LULA42",
  direct: "W7C21",
};

/** Recorded webhook payloads per platform: the adapters' tests, the API reference's examples and the simulator's templates. */
export const WEBHOOK_EXAMPLES: Record<Platform, Record<ExampleName, unknown>> = {
  doordash: { "order-placed": doordashOrderPlaced, "order-cancelled": doordashOrderCancelled, "courier-arrived": doordashCourierArrived, "order-updated": doordashOrderUpdated, "customer-arrived": doordashCustomerArrived, "handover-failed": doordashHandoverFailed, "malformed": doordashMalformed },
  uber_eats: { "order-placed": uberEatsOrderPlaced, "order-cancelled": uberEatsOrderCancelled, "courier-arrived": uberEatsCourierArrived, "order-updated": uberEatsOrderUpdated, "customer-arrived": uberEatsCustomerArrived, "handover-failed": uberEatsHandoverFailed, "malformed": uberEatsMalformed },
  grubhub: { "order-placed": grubhubOrderPlaced, "order-cancelled": grubhubOrderCancelled, "courier-arrived": grubhubCourierArrived, "order-updated": grubhubOrderUpdated, "customer-arrived": grubhubCustomerArrived, "handover-failed": grubhubHandoverFailed, "malformed": grubhubMalformed },
  luladirect: { "order-placed": luladirectOrderPlaced, "order-cancelled": luladirectOrderCancelled, "courier-arrived": luladirectCourierArrived, "order-updated": luladirectOrderUpdated, "customer-arrived": luladirectCustomerArrived, "handover-failed": luladirectHandoverFailed, "malformed": luladirectMalformed },
  direct: { "order-placed": directOrderPlaced, "order-cancelled": directOrderCancelled, "courier-arrived": directCourierArrived, "order-updated": directOrderUpdated, "customer-arrived": directCustomerArrived, "handover-failed": directHandoverFailed, "malformed": directMalformed },
};
