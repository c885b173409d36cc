import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { handoverLabel, type FulfillmentType, type HandoverWords } from "@/server/domain/fulfillment";
import type { AdvanceTarget, OrderStatus } from "@/server/domain/order-status";
import { collectDue } from "@/server/domain/payment";
import { describeModifier, type ModifierPhrase } from "@/server/domain/modifiers";
import { useFormat } from "@/components/ui/use-format";
import type { BoardOrder } from "./types";

type MoveWord = "bagging" | "ready" | "picked_up" | "delivered" | "served" | "collected";

/** A move named as the action staff take, in the words of the counter (the `moves` messages). */
export function moveWord(to: AdvanceTarget, fulfillment: FulfillmentType, from?: OrderStatus): MoveWord {
  if (to !== "completed") return to;
  if (from === "picked_up") return "delivered";
  return fulfillment === "dine_in" ? "served" : "collected";
}

/** The words a card and a ticket use for an order's moves and handover, in the screen's language. */
export function useOrderWords() {
  const moves = useTranslations("moves");
  const labels = useTranslations("labels");
  const move = useCallback((to: AdvanceTarget, fulfillment: FulfillmentType, from?: OrderStatus) => moves(moveWord(to, fulfillment, from)), [moves]);
  const handover = useCallback(
    (order: Parameters<typeof handoverLabel>[0]) => {
      const words: HandoverWords = { kind: (type) => labels(`fulfillment.${type}`), table: (table) => labels("table", { table }) };
      return handoverLabel(order, words);
    },
    [labels],
  );
  const format = useFormat();
  /** "Collect $24.50 · cash · change from $30.00: $5.50", or null for a paid order. */
  const collect = useCallback(
    (order: Pick<BoardOrder, "paid" | "paymentMethod" | "cashTenderedCents" | "totalCents" | "currency">) => {
      const due = collectDue(order);
      if (!due) return null;
      const money = (cents: number) => format.money(cents, order.currency);
      const line = labels("collect", { amount: money(due.totalCents), method: labels(`payment.${due.method}`).toLowerCase() });
      return due.change ? `${line} · ${labels("change", { tendered: money(due.change.tenderedCents), change: money(due.change.changeCents) })}` : line;
    },
    [labels, format],
  );
  /** How a paid order was paid: "Paid on the platform", "Paid · card". */
  const paidWith = useCallback((method: BoardOrder["paymentMethod"]) => (method === "platform" ? labels("payment.platform") : labels("paidWith", { method: labels(`payment.${method}`).toLowerCase() })), [labels]);
  /** Says a modifier's action in the screen's language; the name stays as the menu wrote it. */
  const say = useCallback<ModifierPhrase>((action, name) => labels(`modifier.${action}`, { name }), [labels]);
  const modifier = useCallback((item: Parameters<typeof describeModifier>[0]) => describeModifier(item, say), [say]);
  return { move, handover, collect, paidWith, modifier, say };
}
