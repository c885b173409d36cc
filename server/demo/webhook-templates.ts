import { EXAMPLE_ORDER_IDS, EXAMPLE_SHORT_CODES, WEBHOOK_EXAMPLES, type ExampleName } from "@/server/integrations/examples";
import type { Platform } from "@/server/domain/platforms";

type Addressing = { orderId: string; storeId: string; shortCode?: string; now?: number };

/** A ticket code readable off the order id, as a platform would print one. */
export const shortCodeOf = (orderId: string) => orderId.replace(/[^A-Za-z0-9]/g, "").slice(-6).toUpperCase();

/**
 * A recorded payload re-addressed to a new order and store, its times moved to now: what the
 * simulator and the end-to-end tests send as a platform would.
 */
export function freshDelivery(platform: Platform, name: ExampleName, { orderId, storeId, shortCode = shortCodeOf(orderId), now = Date.now() }: Addressing): string {
  return JSON.stringify(WEBHOOK_EXAMPLES[platform][name])
    .replaceAll(`"${EXAMPLE_ORDER_IDS[platform]}"`, JSON.stringify(orderId))
    .replaceAll(`"${EXAMPLE_SHORT_CODES[platform]}"`, JSON.stringify(shortCode))
    .replaceAll('"mission"', JSON.stringify(storeId))
    .replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/g, JSON.stringify(new Date(now).toISOString()));
}
