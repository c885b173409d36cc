"use client";

import * as Collapsible from "@radix-ui/react-collapsible";
import { memo, useState, type ReactNode } from "react";
import { handoverRefusal } from "@/server/domain/handover";
import { mentionsAllergy } from "@/server/domain/modifiers";
import { BOARD_STATUSES, canCancel, nextMoves, recallTarget, type AdvanceTarget } from "@/server/domain/order-status";
import { courierIsWaiting, urgencyBadge, type UrgencyBadge } from "@/server/domain/order-urgency";
import { acceptDeadlineAt } from "@/server/domain/platform-timing";
import { countsFrom } from "@/server/domain/scheduling";
import { useTranslations } from "next-intl";
import { customerShortName } from "@/components/ui/format";
import { useFormat } from "@/components/ui/use-format";
import { useNow } from "@/components/ui/use-now";
import { CardMenu, type MenuEntry } from "./card-menu";
import { ChangeNotes } from "./change-notes";
import { useOrderWords } from "./order-words";
import { Note } from "./note";
import { OrderItems } from "./order-items";
import { PlatformBadge } from "./platform-badge";
import type { BoardOrder } from "./types";
import type { ActionState } from "./use-order-actions";

/** What a card can ask the board to do; the board keeps this object the same across renders. */
export type CardActions = {
  accept: (order: BoardOrder) => void;
  deny: (order: BoardOrder) => void;
  cancel: (order: BoardOrder) => void;
  details: (order: BoardOrder) => void;
  advance: (order: BoardOrder, to: AdvanceTarget) => void;
  recall: (order: BoardOrder) => void;
  acknowledge: (order: BoardOrder) => void;
  markPaid: (order: BoardOrder) => void;
  assignToMe: (order: BoardOrder) => void;
  notPickedUp: (order: BoardOrder) => void;
  acknowledgeChanges: (order: BoardOrder) => void;
  setPacked: (order: BoardOrder, itemId: number, packed: boolean) => void;
  readyAnyway: (order: BoardOrder) => void;
  print: (order: BoardOrder) => void;
  /** One tap on an order naming an 86'd item: deny it as out of stock, or accept it and substitute the item. */
  denyOutOfStock: (order: BoardOrder) => void;
  /** One tap on an order that came in while the store was closed. */
  denyClosed: (order: BoardOrder) => void;
  acceptAndSubstitute: (order: BoardOrder) => void;
};

const BADGE_STYLE: Record<UrgencyBadge["tone"], string> = {
  info: "border border-line",
  warning: "bg-warn-line text-black",
  late: "bg-late-line text-late-fg",
};
const CARD_STYLE: Record<UrgencyBadge["tone"], string> = {
  info: "border-line bg-card",
  warning: "border-warn-line bg-card",
  late: "border-late-line bg-late-bg",
};

const button = "min-h-11 rounded-lg px-3 text-sm font-semibold disabled:opacity-50";

type OrderCardProps = {
  order: BoardOrder;
  actions: CardActions;
  /** This order's own action that has not gone through (waiting, failed, undoable). */
  action?: ActionState;
  acceptDeadlineSeconds?: number;
  /** Whether the lines show before anyone opens them (they do where the kitchen works from them). */
  linesOpen: boolean;
  /** Who and which group the order is assigned to ("Sam Rivera · Kitchen"), and whether that is the person at the tablet. */
  assignedTo?: string;
  assignedToMe?: boolean;
  /** The 86'd items an incoming order names. */
  outOfStock?: string;
  /** An incoming order that came in outside the store's opening hours. */
  cameInClosed?: boolean;
};

const FLAG_DENY = "min-h-11 rounded-lg bg-late-line px-3 text-sm font-semibold text-late-fg";
const FLAG_OTHER = "min-h-11 rounded-lg border border-line bg-panel px-3 text-sm font-semibold";

/** Why an incoming order should not simply be accepted, said before anyone does, with the one-tap answers. */
function CardFlag({ label, text, children }: { label: string; text: string; children: React.ReactNode }) {
  return (
    <div role="note" aria-label={label} className="mt-1 rounded-lg border-2 border-late-line bg-late-bg px-2 py-1">
      <p className="text-sm font-bold">{text}</p>
      <div className="mt-1 flex flex-wrap gap-2">{children}</div>
    </div>
  );
}

function ActionLine({ action }: { action: ActionState }) {
  const t = useTranslations();
  const text = t(`card.${action.kind}`, { action: action.label });
  return (
    <div role={action.kind === "failed" ? "alert" : "status"} className={`mt-2 flex flex-wrap items-center gap-2 rounded-lg px-2 py-1 text-sm font-semibold ${action.kind === "failed" ? "bg-late-bg" : "bg-warn-bg"}`}>
      <span className="flex-1">{text}</span>
      {action.kind === "undoable" && (
        <button type="button" className={`${button} border border-line`} onClick={action.undo}>
          {t("common.undo")}
        </button>
      )}
      {action.kind === "failed" && (
        <>
          <button type="button" className={`${button} bg-accent text-accent-fg`} onClick={action.retry}>
            {t("common.retry")}
          </button>
          <button type="button" className={`${button} border border-line`} onClick={action.dismiss}>
            {t("common.dismiss")}
          </button>
        </>
      )}
    </div>
  );
}

/**
 * One order: code, platform, how it is handed over, one urgency badge, the customer and total, the
 * lines (open or one tap away), notes, and one primary action named as what staff do; the rest
 * under More. Memoized: an event re-renders only the card whose order it changed.
 */
export const OrderCard = memo(function OrderCard({ order, actions, action, acceptDeadlineSeconds, linesOpen, assignedTo, assignedToMe = false, outOfStock, cameInClosed = false }: OrderCardProps) {
  const [open, setOpen] = useState(linesOpen);
  const t = useTranslations();
  const format = useFormat();
  const words = useOrderWords();
  const acceptBy = order.status === "incoming" && acceptDeadlineSeconds ? acceptDeadlineAt(countsFrom(order), acceptDeadlineSeconds) : undefined;
  const isNew = order.status === "incoming" && order.acknowledgedAt === null;
  const moves = nextMoves(order.status, order.fulfillmentType);
  const bagging = order.status === "bagging";
  const activeLines = order.items.filter((item) => item.removedAt === null);
  const unticked = bagging ? activeLines.filter((item) => item.packedAt === null).length : 0;
  const showLines = bagging || open;
  const busy = action !== undefined && action.kind !== "failed";

  const collect = words.collect(order);
  const [primaryMove, ...otherMoves] = moves;
  // An unpaid order is handed over only once the money is in: the handover waits behind "Mark paid".
  const primary =
    order.status === "incoming"
      ? { label: t("card.accept"), run: () => actions.accept(order) }
      : collect && primaryMove === "completed"
        ? { label: t("card.markPaid"), run: () => actions.markPaid(order) }
        : primaryMove
          ? { label: words.move(primaryMove, order.fulfillmentType, order.status), run: () => actions.advance(order, primaryMove) }
          : null;
  const menu: MenuEntry[] = [
    ...(collect && primaryMove !== "completed" && order.status !== "incoming" ? [{ label: t("card.markPaid"), onSelect: () => actions.markPaid(order) }] : []),
    ...otherMoves.map((to) => ({ label: words.move(to, order.fulfillmentType, order.status), onSelect: () => actions.advance(order, to) })),
    ...(unticked > 0 ? [{ label: t("card.readyAnyway"), onSelect: () => actions.readyAnyway(order) }] : []),
    ...(recallTarget(order.status) ? [{ label: t("card.recallTo", { status: t(`labels.status.${recallTarget(order.status)!}`) }), onSelect: () => actions.recall(order) }] : []),
    ...(isNew ? [{ label: t("card.acknowledge"), onSelect: () => actions.acknowledge(order) }] : []),
    ...(handoverRefusal("not_picked_up", order.status, order.fulfillmentType) === null ? [{ label: t("card.notPickedUp"), onSelect: () => actions.notPickedUp(order) }] : []),
    ...(assignedToMe || !(BOARD_STATUSES as readonly string[]).includes(order.status) ? [] : [{ label: t("card.assignToMe"), onSelect: () => actions.assignToMe(order) }]),
    { label: t("card.details"), onSelect: () => actions.details(order) },
    { label: t("card.print"), onSelect: () => actions.print(order) },
    ...(order.status === "incoming"
      ? [{ label: t("card.deny"), onSelect: () => actions.deny(order), danger: true }]
      : canCancel(order.status)
        ? [{ label: t("card.cancel"), onSelect: () => actions.cancel(order), danger: true }]
        : []),
  ];

  return (
    <CardFrame
      order={order}
      acceptBy={acceptBy}
      isNew={isNew}
      top={
        <>
          <span className="font-mono text-lg font-bold">#{order.shortCode}</span>
          <PlatformBadge platform={order.platform} />
          {order.channel !== "platform_app" && <span className="rounded-md border border-line px-1.5 py-0.5 text-xs font-semibold">{t(`labels.channel.${order.channel}`)}</span>}
          {isNew && <span className="rounded-md bg-accent px-2 py-0.5 text-xs font-bold text-accent-fg">{t("card.new")}</span>}
          {order.autoAccepted && order.status === "accepted" && <span className="rounded-md border border-line px-2 py-0.5 text-xs font-bold">{t("card.autoAccepted")}</span>}
          {(order.status === "picked_up" || order.status === "completed") && <span className="rounded-md border border-line px-2 py-0.5 text-sm font-bold">{t(`labels.status.${order.status}`)}</span>}
        </>
      }
      handover={<span className="min-w-0 truncate text-sm font-semibold">{words.handover(order)}</span>}
    >
      <p className="mt-1 flex justify-between gap-2">
        <span className="font-semibold">{customerShortName(order.customerFirstName, order.customerLastName)}</span>
        <span className="font-semibold">{format.money(order.totalCents, order.currency)}</span>
      </p>
      {assignedTo && (
        <p className="mt-1 truncate text-sm font-semibold" aria-label={t("card.assignedTo", { name: assignedTo })}>
          <span aria-hidden>👤 </span>
          {assignedTo}
        </p>
      )}
      {collect && (
        <p role="note" aria-label={t("card.paymentToCollect")} className="mt-1 rounded-lg border-2 border-warn-line bg-warn-bg px-2 py-1 text-sm font-bold">
          {collect}
        </p>
      )}
      {outOfStock && (
        <CardFlag label={t("card.outOfStockFlag", { code: order.shortCode })} text={t("card.outOfStock", { items: outOfStock })}>
          <button type="button" disabled={busy} className={FLAG_DENY} onClick={() => actions.denyOutOfStock(order)}>
            {t("card.denyOutOfStock")}
          </button>
          <button type="button" disabled={busy} className={FLAG_OTHER} onClick={() => actions.acceptAndSubstitute(order)}>
            {t("card.acceptAndSubstitute")}
          </button>
        </CardFlag>
      )}
      {cameInClosed && (
        <CardFlag label={t("card.closedFlag", { code: order.shortCode })} text={t("board.closedDenial")}>
          <button type="button" disabled={busy} className={FLAG_DENY} onClick={() => actions.denyClosed(order)}>
            {t("card.denyClosed")}
          </button>
        </CardFlag>
      )}
      <ChangeNotes order={order} busy={busy} onAcknowledge={() => actions.acknowledgeChanges(order)} />
      <Collapsible.Root open={showLines} onOpenChange={setOpen}>
        {!bagging && (
          <div className="mt-1 flex items-center gap-2">
            <p className="min-w-0 flex-1 truncate text-sm" aria-hidden={showLines}>
              {showLines ? "" : activeLines.map((item) => `${item.quantity} × ${item.name}`).join(" · ")}
            </p>
            <Collapsible.Trigger asChild>
              <button type="button" className="min-h-11 shrink-0 rounded-lg px-2 text-sm font-semibold underline" aria-label={t(showLines ? "card.hideItemsOf" : "card.showItems", { code: order.shortCode })}>
                {showLines ? t("card.hideItems") : t("card.itemsCount", { count: activeLines.length })}
              </button>
            </Collapsible.Trigger>
          </div>
        )}
        <Collapsible.Content className="mt-1">
          <OrderItems items={order.items} compact onTogglePacked={bagging ? (item, packed) => actions.setPacked(order, item.id, packed) : undefined} />
        </Collapsible.Content>
      </Collapsible.Root>
      {order.specialInstructions && <Note text={order.specialInstructions} allergy={mentionsAllergy(order.specialInstructions)} label={t("card.note")} className="mt-1 text-sm" />}
      {unticked > 0 && <p className="mt-1 text-sm font-semibold">{t("card.toTick", { count: unticked })}</p>}
      {order.courierStatus && !courierIsWaiting(order) && <p className="mt-1 text-sm">{t(`labels.courier.${order.courierStatus}`)}</p>}
      {order.reasonCode && (
        <p className="mt-1 text-sm">
          {t(`labels.status.${order.status}`)}: {t(`labels.reason.${order.reasonCode}`)}
          {order.reasonMessage ? ` (${order.reasonMessage})` : ""}
        </p>
      )}
      {order.outcome && (
        <p className="mt-1 text-sm">
          {t("labels.status.failed")}: {t(`labels.outcome.${order.outcome}`)}
          {order.reasonMessage ? ` (${order.reasonMessage})` : ""}
        </p>
      )}
      {action && <ActionLine action={action} />}
      <div className="mt-2 flex gap-2">
        {primary && (
          <button type="button" className={`${button} flex-1 bg-accent text-accent-fg`} disabled={busy || (bagging && unticked > 0)} onClick={primary.run}>
            {primary.label}
          </button>
        )}
        <CardMenu orderCode={order.shortCode} entries={menu} />
      </div>
    </CardFrame>
  );
});

/** How often a card's clock moves: its badge counts whole minutes. */
const CARD_CLOCK_MS = 15_000;

type CardFrameProps = { order: BoardOrder; acceptBy?: number; isNew: boolean; top: ReactNode; handover: ReactNode; children: ReactNode };

/**
 * The part of a card that follows the clock: its colour and its urgency badge. Only this re-renders
 * as time passes; the rest of the card (passed in, unchanged) is left alone.
 */
function CardFrame({ order, acceptBy, isNew, top, handover, children }: CardFrameProps) {
  const now = useNow(CARD_CLOCK_MS);
  const t = useTranslations();
  const badge = urgencyBadge(order, now, acceptBy);
  const tone = badge?.tone ?? "info";
  return (
    <article id={`order-${order.id}`} aria-label={t("card.order", { code: order.shortCode })} className={`order-card rounded-xl border-2 p-2.5 ${CARD_STYLE[tone]} ${isNew ? "new-order" : ""}`}>
      <header className="flex items-center gap-2">{top}</header>
      <p className="mt-1 flex items-center justify-between gap-2">
        {handover}
        {badge && <span className={`shrink-0 rounded-md px-2 py-0.5 text-sm font-bold whitespace-nowrap ${BADGE_STYLE[badge.tone]}`}>{t(`urgency.${badge.says}`, { minutes: badge.minutes })}</span>}
      </p>
      {children}
    </article>
  );
}
