import type { OrderRow } from "@/db/schema";
import { withChangeNote } from "@/server/domain/cart";
import type { OrderUpdate } from "@/server/integrations/inbound-event";
import type { Actor } from "./actor";
import { changeOrder, NothingToChange, type OrderChange } from "./change-order";
import { getStore } from "./list-stores";

/** The fields a platform changed on its order, written with one timeline line per field. */
export function applyPlatformUpdate({ orderId, update, actor }: { orderId: number; update: OrderUpdate; actor: Actor }) {
  return changeOrder({
    orderId,
    actor,
    decide: (order, now, tx) => {
      const patch: OrderChange["patch"] = {};
      const changes: string[] = [];
      const set = <K extends keyof OrderRow>(key: K, value: OrderRow[K] | undefined, line: string) => {
        if (value === undefined || value === order[key]) return;
        Object.assign(patch, { [key]: value });
        changes.push(line);
      };
      set("specialInstructions", update.special_instructions, `Note: ${update.special_instructions}`);
      set("customerPhone", update.customer_phone, `Customer phone: ${update.customer_phone}`);
      set("deliveryAddress", update.delivery_address, `Address: ${update.delivery_address}`);
      if (update.estimated_pickup_at !== undefined) {
        const at = Date.parse(update.estimated_pickup_at);
        const clock = new Intl.DateTimeFormat("en-US", { timeZone: getStore(order.storeId, tx).timezone, hour: "numeric", minute: "2-digit" }).format(at);
        set("estimatedPickupAt", at, `Pickup expected ${clock}`);
        // Before acceptance the platform's time is the ready-by; after it, the store's own prep time rules.
        if (order.status === "incoming" && patch.estimatedPickupAt !== undefined) patch.readyBy = at;
      }
      if (changes.length === 0) throw new NothingToChange();
      // New instructions matter to whoever is making the order: they wait on every tablet like a cart change.
      if (patch.specialInstructions !== undefined) {
        patch.unacknowledgedChanges = withChangeNote(order.status, order.unacknowledgedChanges, { at: now, by: actor.name, reason: "Changed by the platform", changes });
      }
      return { patch, event: { type: "platform_updated", data: { changes } } };
    },
  });
}
