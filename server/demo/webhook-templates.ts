import { WEBHOOK_EXAMPLES, type ExampleName } from "@/server/integrations/examples";
import type { Platform } from "@/server/domain/platforms";

/** The order id each platform's recorded examples share. */
const EXAMPLE_ORDER_IDS: Record<Platform, string> = {
  doordash: "dd-5f1c7a20",
  uber_eats: "ue-8e2d4b6f",
  grubhub: "gh-3b9e0d52",
  luladirect: "lula-91c4e7aa",
};

/**
 * A recorded payload re-addressed to a new order and store, its times moved to now: what the
 * simulator and the end-to-end tests send as a platform would.
 */
export function freshDelivery(platform: Platform, name: ExampleName, { orderId, storeId, now = Date.now() }: { orderId: string; storeId: string; now?: number }): string {
  return JSON.stringify(WEBHOOK_EXAMPLES[platform][name])
    .replaceAll(`"${EXAMPLE_ORDER_IDS[platform]}"`, JSON.stringify(orderId))
    .replaceAll('"mission"', JSON.stringify(storeId))
    .replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/g, JSON.stringify(new Date(now).toISOString()));
}
