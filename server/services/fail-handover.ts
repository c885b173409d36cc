import "server-only";
import { TransitionRefused } from "@/server/domain/errors";
import { handoverRefusal, OUTCOME_LABELS, type HandoverOutcome } from "@/server/domain/handover";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";

type FailHandover = { orderId: number; expectedVersion?: number; outcome: HandoverOutcome; reason: string; actor: Actor };

/**
 * A handover that did not happen: the order ends as `failed` with its outcome and reason, apart from
 * the store's cancellations; the platform hears of it, unless it is the one that said so.
 */
export function failHandover({ orderId, expectedVersion, outcome, reason, actor }: FailHandover) {
  return changeOrder({
    orderId,
    expectedVersion,
    actor,
    decide: (order, now) => {
      const refusal = handoverRefusal(outcome, order.status, order.fulfillmentType);
      if (refusal) throw new TransitionRefused(order.status, "failed", refusal);
      return {
        patch: { status: "failed", outcome, reasonMessage: reason, finishedAt: now },
        event: { type: "handover_failed", fromStatus: order.status, toStatus: "failed", message: reason, data: { outcome, summary: OUTCOME_LABELS[outcome] } },
      };
    },
  });
}
