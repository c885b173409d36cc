import "server-only";
import { eq } from "drizzle-orm";
import { orderItems } from "@/db/schema";
import { CART_REASON_LABELS, applyCartChanges, recomputeTotals, withChangeNote, type CartChange, type CartReason } from "@/server/domain/cart";
import { TransitionRefused } from "@/server/domain/errors";
import { STATUS_LABELS } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";
import { linesOf, toCartLine } from "./order-lines";

/** Carts can change until the order is packed and ready; after that the food is already made. */
const CHANGEABLE = ["incoming", "accepted", "bagging"] as const;

type ChangeCartOptions = { orderId: number; expectedVersion?: number; changes: CartChange[]; reason: CartReason; actor: Actor };

/**
 * Changes an order's items all or nothing: totals recomputed in cents, removed lines kept, one
 * event saying what, who and why, and, once the kitchen has started, a note on every tablet's
 * ticket until someone acknowledges it.
 */
export function changeCart({ orderId, expectedVersion, changes, reason, actor }: ChangeCartOptions) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: async (order, now, tx) => {
      if (!(CHANGEABLE as readonly string[]).includes(order.status)) {
        throw new TransitionRefused(order.status, order.status, `The items of a ${STATUS_LABELS[order.status].toLowerCase()} order can no longer change`);
      }
      const rows = await linesOf(tx, orderId);
      const { lines, summary } = applyCartChanges(rows.map(toCartLine), changes);
      let position = rows.length;
      for (const [index, line] of lines.entries()) {
        const row = rows[index];
        if (!row) {
          await tx.insert(orderItems).values({
              orderId,
              position: position++,
              name: line.name,
              quantity: line.quantity,
              unitPriceCents: line.unit_price_cents,
              modifiers: line.modifiers,
              specialInstructions: line.special_instructions,
              addedAt: now,
              replacesItemId: line.replacesItemId,
            });
          continue;
        }
        const quantityChanged = row.quantity !== line.quantity;
        if (quantityChanged || row.specialInstructions !== line.special_instructions || (row.removedAt === null) === line.removed) {
          await tx
            .update(orderItems)
            .set({
              quantity: line.quantity,
              specialInstructions: line.special_instructions,
              removedAt: line.removed ? (row.removedAt ?? now) : null,
              // A line whose quantity changed has to be packed again.
              packedAt: quantityChanged ? null : row.packedAt,
            })
            .where(eq(orderItems.id, row.id));
        }
      }
      const why = `${CART_REASON_LABELS[reason.code]}${reason.message ? `: ${reason.message}` : ""}`;
      return {
        patch: {
          ...recomputeTotals(order, lines),
          unacknowledgedChanges: withChangeNote(order.status, order.unacknowledgedChanges, { at: now, by: actor.name, reason: why, changes: summary }),
        },
        event: { type: "cart_changed", message: reason.message || null, data: { changes: summary, reason: CART_REASON_LABELS[reason.code] } },
      };
    },
  });
}

/** Someone on the line has seen the changes: the "Changed" mark clears on every tablet. */
export function acknowledgeChanges({ orderId, actor }: { orderId: number; actor: Actor }) {
  return changeOrder({
    orderId,
    actor,
    decide: (order) => {
      if (order.unacknowledgedChanges.length === 0) {
        throw new TransitionRefused(order.status, order.status, "There are no changes to acknowledge");
      }
      return {
        patch: { unacknowledgedChanges: [] },
        event: { type: "changes_acknowledged", data: { changes: order.unacknowledgedChanges.flatMap((note) => note.changes) } },
      };
    },
  });
}
