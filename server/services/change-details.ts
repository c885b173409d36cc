import "server-only";
import { withChangeNote } from "@/server/domain/cart";
import { InvalidOrder } from "@/server/domain/errors";
import { addressProblems } from "@/server/domain/fulfillment";
import { detailChanges, type DetailsChange } from "@/server/domain/order-details";
import type { Actor } from "./actor";
import { assignmentChanges } from "./assignment";
import { changeOrder, NothingToChange, type OrderChange } from "./change-order";
import { getStore } from "./list-stores";

type ChangeDetailsOptions = {
  orderId: number;
  expectedVersion?: number;
  change: DetailsChange;
  actor: Actor;
  /** A platform's own update, or anyone else's change (an integrator's PATCH). */
  source?: "platform" | "other";
};

/**
 * Changes an order's customer, handover, promised time, instructions or assignment, with one event
 * naming each field before and after (`assigned` when only the assignment changes). A change that changes nothing writes nothing (`NothingToChange`).
 */
export function changeDetails({ orderId, expectedVersion, change, actor, source = "other" }: ChangeDetailsOptions) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: async (order, now, tx) => {
      const clock = new Intl.DateTimeFormat("en-US", { timeZone: (await getStore(order.storeId, tx)).timezone, hour: "numeric", minute: "2-digit" });
      const details = detailChanges(order, change, (at) => clock.format(at));
      const assignment = await assignmentChanges(tx, order, change, now);
      const patch = { ...details.patch, ...assignment.patch };
      const changes = [...details.changes, ...assignment.changes];
      if (changes.length === 0) throw new NothingToChange();
      const problems = addressProblems(patch.fulfillmentType ?? order.fulfillmentType, patch.deliveryAddress === undefined ? order.deliveryAddress : patch.deliveryAddress);
      if (problems.length > 0) throw new InvalidOrder(problems);
      const lines = changes.map((field) => field.line);
      const rowPatch: OrderChange["patch"] = { ...patch };
      // Before acceptance the promised time is the ready-by; after it, the store's own prep time rules.
      if (order.status === "incoming" && patch.estimatedPickupAt !== undefined) rowPatch.readyBy = patch.estimatedPickupAt;
      // New instructions matter to whoever is making the order: they wait on every tablet like a cart change.
      if (patch.specialInstructions !== undefined) {
        const reason = source === "platform" ? "Changed by the platform" : `Changed by ${actor.name}`;
        rowPatch.unacknowledgedChanges = withChangeNote(order.status, order.unacknowledgedChanges, { at: now, by: actor.name, reason, changes: lines });
      }
      return {
        patch: rowPatch,
        event: {
          type: source === "platform" ? "platform_updated" : details.changes.length === 0 ? "assigned" : "details_changed",
          data: { changes: lines, fields: changes.map(({ field, before, after }) => ({ field, before, after })) },
        },
      };
    },
  });
}
