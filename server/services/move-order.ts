import "server-only";
import type { OrderRow } from "@/db/schema";
import { TransitionRefused } from "@/server/domain/errors";
import { collectLine } from "@/server/domain/payment";
import { STATUS_LABELS, assertTransition, recallTarget, type AdvanceTarget, type OrderStatus } from "@/server/domain/order-status";
import type { Actor } from "./actor";
import { lineLabel } from "@/server/domain/cart";
import { changeOrder, type OrderChange } from "./change-order";
import { isActive, linesOf } from "./order-lines";

type MoveOptions = { orderId: number; expectedVersion?: number; actor: Actor };

/** The timestamps a status owns: set when the order enters it, cleared when a recall leaves it. */
function timestampsFor(to: OrderStatus, now: number): OrderChange["patch"] {
  switch (to) {
    case "accepted":
    case "bagging":
      return { readyAt: null };
    case "ready":
      return { readyAt: now, finishedAt: null };
    case "picked_up":
    case "completed":
      return { finishedAt: now };
    default:
      return {};
  }
}

function move(order: OrderRow, to: OrderStatus, type: "advanced" | "recalled", now: number): OrderChange {
  assertTransition(order.status, to, order.fulfillmentType);
  return {
    patch: { status: to, ...timestampsFor(to, now) },
    event: { type, fromStatus: order.status, toStatus: to },
  };
}

/**
 * A forward move. Leaving bagging for ready needs every line ticked off, unless the person says
 * "ready anyway", which the event records with the lines left unticked.
 */
export function advanceOrder({ to, readyAnyway = false, ...options }: MoveOptions & { to: AdvanceTarget; readyAnyway?: boolean }) {
  return changeOrder({
    ...options,
    decide: async (order, now, tx) => {
      const change = move(order, to, "advanced", now);
      const collect = collectLine(order);
      if (to === "completed" && collect) throw new TransitionRefused(order.status, to, `Not paid yet: ${collect}, then mark it paid`);
      if (order.status !== "bagging" || to !== "ready") return change;
      const unticked = (await linesOf(tx, order.id)).filter((line) => isActive(line) && line.packedAt === null);
      if (unticked.length === 0) return change;
      if (!readyAnyway) {
        const count = unticked.length === 1 ? "1 line is" : `${unticked.length} lines are`;
        throw new TransitionRefused(order.status, to, `${count} not ticked off yet: tick every line, or choose Ready anyway`);
      }
      return { ...change, event: { ...change.event, data: { readyAnyway: true, unticked: unticked.map(lineLabel) } } };
    },
  });
}

/** One step back, for a mistake: bagging → accepted, ready → bagging, picked up → ready. */
export function recallOrder(options: MoveOptions) {
  return changeOrder({
    ...options,
    decide: (order, now) => {
      const to = recallTarget(order.status);
      if (!to) {
        const status = STATUS_LABELS[order.status].toLowerCase();
        throw new TransitionRefused(order.status, order.status, `${/^[aeiou]/.test(status) ? "An" : "A"} ${status} order cannot be recalled`);
      }
      return move(order, to, "recalled", now);
    },
  });
}
