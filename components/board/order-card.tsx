"use client";

import * as Collapsible from "@radix-ui/react-collapsible";
import { memo, useState, type ReactNode } from "react";
import { COURIER_STATUS_LABELS, handoverLabel } from "@/server/domain/fulfillment";
import { CHANNEL_LABELS } from "@/server/domain/channel";
import { formatMoney } from "@/server/domain/money";
import { collectLine } from "@/server/domain/payment";
import { handoverRefusal, OUTCOME_LABELS } from "@/server/domain/handover";
import { mentionsAllergy } from "@/server/domain/modifiers";
import { REASON_LABELS } from "@/server/domain/reason-codes";
import { BOARD_STATUSES, STATUS_LABELS, canCancel, nextMoves, recallTarget, type AdvanceTarget } from "@/server/domain/order-status";
import { courierIsWaiting, urgencyBadge, type UrgencyBadge } from "@/server/domain/order-urgency";
import { acceptDeadlineAt } from "@/server/domain/platform-timing";
import { countsFrom } from "@/server/domain/scheduling";
import { customerShortName } from "@/components/ui/format";
import { useNow } from "@/components/ui/use-now";
import { CardMenu, type MenuEntry } from "./card-menu";
import { ChangeNotes } from "./change-notes";
import { moveLabel } from "./move-labels";
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
  const text =
    action.kind === "waiting"
      ? `${action.label}: waiting for the connection, sent when it is back`
      : action.kind === "sending"
        ? `${action.label}: sending…`
        : action.kind === "undoable"
          ? `${action.label} in a moment`
          : `${action.label} failed: the server could not be reached`;
  return (
    <div role={action.kind === "failed" ? "alert" : "status"} className={`mt-2 flex flex-wrap items-center gap-2 rounded-lg px-2 py-1 text-sm font-semibold ${action.kind === "failed" ? "bg-late-bg" : "bg-warn-bg"}`}>
      <span className="flex-1">{text}</span>
      {action.kind === "undoable" && (
        <button type="button" className={`${button} border border-line`} onClick={action.undo}>
          Undo
        </button>
      )}
      {action.kind === "failed" && (
        <>
          <button type="button" className={`${button} bg-accent text-accent-fg`} onClick={action.retry}>
            Retry
          </button>
          <button type="button" className={`${button} border border-line`} onClick={action.dismiss}>
            Dismiss
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
  const acceptBy = order.status === "incoming" && acceptDeadlineSeconds ? acceptDeadlineAt(countsFrom(order), acceptDeadlineSeconds) : undefined;
  const isNew = order.status === "incoming" && order.acknowledgedAt === null;
  const moves = nextMoves(order.status, order.fulfillmentType);
  const bagging = order.status === "bagging";
  const activeLines = order.items.filter((item) => item.removedAt === null);
  const unticked = bagging ? activeLines.filter((item) => item.packedAt === null).length : 0;
  const showLines = bagging || open;
  const busy = action !== undefined && action.kind !== "failed";

  const collect = collectLine(order);
  const [primaryMove, ...otherMoves] = moves;
  // An unpaid order is handed over only once the money is in: the handover waits behind "Mark paid".
  const primary =
    order.status === "incoming"
      ? { label: "Accept", run: () => actions.accept(order) }
      : collect && primaryMove === "completed"
        ? { label: "Mark paid", run: () => actions.markPaid(order) }
        : primaryMove
          ? { label: moveLabel(primaryMove, order.fulfillmentType, order.status), run: () => actions.advance(order, primaryMove) }
          : null;
  const menu: MenuEntry[] = [
    ...(collect && primaryMove !== "completed" && order.status !== "incoming" ? [{ label: "Mark paid", onSelect: () => actions.markPaid(order) }] : []),
    ...otherMoves.map((to) => ({ label: moveLabel(to, order.fulfillmentType, order.status), onSelect: () => actions.advance(order, to) })),
    ...(unticked > 0 ? [{ label: "Ready anyway", onSelect: () => actions.readyAnyway(order) }] : []),
    ...(recallTarget(order.status) ? [{ label: `Recall to ${STATUS_LABELS[recallTarget(order.status)!]}`, onSelect: () => actions.recall(order) }] : []),
    ...(isNew ? [{ label: "Acknowledge", onSelect: () => actions.acknowledge(order) }] : []),
    ...(handoverRefusal("not_picked_up", order.status, order.fulfillmentType) === null ? [{ label: "Not picked up", onSelect: () => actions.notPickedUp(order) }] : []),
    ...(assignedToMe || !(BOARD_STATUSES as readonly string[]).includes(order.status) ? [] : [{ label: "Assign to me", onSelect: () => actions.assignToMe(order) }]),
    { label: "Details", onSelect: () => actions.details(order) },
    { label: "Print", onSelect: () => actions.print(order) },
    ...(order.status === "incoming"
      ? [{ label: "Deny", onSelect: () => actions.deny(order), danger: true }]
      : canCancel(order.status)
        ? [{ label: "Cancel order", onSelect: () => actions.cancel(order), danger: true }]
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
          {order.channel !== "platform_app" && <span className="rounded-md border border-line px-1.5 py-0.5 text-xs font-semibold">{CHANNEL_LABELS[order.channel]}</span>}
          {isNew && <span className="rounded-md bg-accent px-2 py-0.5 text-xs font-bold text-accent-fg">New</span>}
          {order.autoAccepted && order.status === "accepted" && <span className="rounded-md border border-line px-2 py-0.5 text-xs font-bold">Auto-accepted</span>}
          {(order.status === "picked_up" || order.status === "completed") && <span className="rounded-md border border-line px-2 py-0.5 text-sm font-bold">{STATUS_LABELS[order.status]}</span>}
        </>
      }
      handover={<span className="min-w-0 truncate text-sm font-semibold">{handoverLabel(order)}</span>}
    >
      <p className="mt-1 flex justify-between gap-2">
        <span className="font-semibold">{customerShortName(order.customerFirstName, order.customerLastName)}</span>
        <span className="font-semibold">{formatMoney(order.totalCents, order.currency)}</span>
      </p>
      {assignedTo && (
        <p className="mt-1 truncate text-sm font-semibold" aria-label={`Assigned to ${assignedTo}`}>
          <span aria-hidden>👤 </span>
          {assignedTo}
        </p>
      )}
      {collect && (
        <p role="note" aria-label="Payment to collect" className="mt-1 rounded-lg border-2 border-warn-line bg-warn-bg px-2 py-1 text-sm font-bold">
          {collect}
        </p>
      )}
      {outOfStock && (
        <CardFlag label={`86'd items on order ${order.shortCode}`} text={`86'd: ${outOfStock}`}>
          <button type="button" disabled={busy} className={FLAG_DENY} onClick={() => actions.denyOutOfStock(order)}>
            Deny: item out of stock
          </button>
          <button type="button" disabled={busy} className={FLAG_OTHER} onClick={() => actions.acceptAndSubstitute(order)}>
            Accept and substitute
          </button>
        </CardFlag>
      )}
      {cameInClosed && (
        <CardFlag label={`Order ${order.shortCode} came in while closed`} text="Came in outside opening hours">
          <button type="button" disabled={busy} className={FLAG_DENY} onClick={() => actions.denyClosed(order)}>
            Deny: store closed
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
              <button type="button" className="min-h-11 shrink-0 rounded-lg px-2 text-sm font-semibold underline" aria-label={`${showLines ? "Hide" : "Show"} items of order ${order.shortCode}`}>
                {showLines ? "Hide items" : `Items (${activeLines.length})`}
              </button>
            </Collapsible.Trigger>
          </div>
        )}
        <Collapsible.Content className="mt-1">
          <OrderItems items={order.items} compact onTogglePacked={bagging ? (item, packed) => actions.setPacked(order, item.id, packed) : undefined} />
        </Collapsible.Content>
      </Collapsible.Root>
      {order.specialInstructions && <Note text={order.specialInstructions} allergy={mentionsAllergy(order.specialInstructions)} label="Note" className="mt-1 text-sm" />}
      {unticked > 0 && <p className="mt-1 text-sm font-semibold">{unticked === 1 ? "1 line" : `${unticked} lines`} to tick before ready</p>}
      {order.courierStatus && !courierIsWaiting(order) && <p className="mt-1 text-sm">{COURIER_STATUS_LABELS[order.courierStatus]}</p>}
      {order.reasonCode && (
        <p className="mt-1 text-sm">
          {STATUS_LABELS[order.status]}: {REASON_LABELS[order.reasonCode]}
          {order.reasonMessage ? ` (${order.reasonMessage})` : ""}
        </p>
      )}
      {order.outcome && (
        <p className="mt-1 text-sm">
          {STATUS_LABELS.failed}: {OUTCOME_LABELS[order.outcome]}
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
  const badge = urgencyBadge(order, now, acceptBy);
  const tone = badge?.tone ?? "info";
  return (
    <article id={`order-${order.id}`} aria-label={`Order ${order.shortCode}`} className={`order-card rounded-xl border-2 p-2.5 ${CARD_STYLE[tone]} ${isNew ? "new-order" : ""}`}>
      <header className="flex items-center gap-2">{top}</header>
      <p className="mt-1 flex items-center justify-between gap-2">
        {handover}
        {badge && <span className={`shrink-0 rounded-md px-2 py-0.5 text-sm font-bold whitespace-nowrap ${BADGE_STYLE[badge.tone]}`}>{badge.text}</span>}
      </p>
      {children}
    </article>
  );
}
