import { COURIER_STATUS_LABELS, FULFILLMENT_LABELS } from "@/server/domain/fulfillment";
import { formatMoney } from "@/server/domain/money";
import { REASON_LABELS } from "@/server/domain/reason-codes";
import { STATUS_LABELS, canCancel, nextMoves, recallTarget, type AdvanceTarget } from "@/server/domain/order-status";
import { courierIsWaiting, urgencyOf, type Urgency } from "@/server/domain/order-urgency";
import { acceptDeadlineAt, acceptEscalation, type AcceptEscalation } from "@/server/domain/platform-timing";
import { customerShortName, formatClock, formatDuration, formatRelative } from "@/components/ui/format";
import { ChangeNotes } from "./change-notes";
import { OrderItems } from "./order-items";
import { PlatformBadge } from "./platform-badge";
import type { BoardOrder } from "./types";

export type CardActions = {
  accept: (order: BoardOrder) => void;
  deny: (order: BoardOrder) => void;
  cancel: (order: BoardOrder) => void;
  details: (order: BoardOrder) => void;
  advance: (order: BoardOrder, to: AdvanceTarget) => void;
  recall: (order: BoardOrder) => void;
  acknowledge: (order: BoardOrder) => void;
  acknowledgeChanges: (order: BoardOrder) => void;
  setPacked: (order: BoardOrder, itemId: number, packed: boolean) => void;
  readyAnyway: (order: BoardOrder) => void;
  print: (order: BoardOrder) => void;
};

const MOVE_LABELS: Record<AdvanceTarget, string> = {
  bagging: "Bagging",
  ready: "Ready",
  picked_up: "Picked up",
  completed: "Completed",
};

const URGENCY_STYLE: Record<Urgency, string> = {
  normal: "border-line bg-card",
  warning: "border-warn-line bg-warn-bg",
  late: "border-late-line bg-late-bg",
};
const URGENCY_LABEL: Record<Urgency, string | null> = { normal: null, warning: "Due soon", late: "Late" };

const button = "min-h-11 rounded-lg px-3 text-sm font-semibold disabled:opacity-50";
const primary = `${button} bg-accent text-accent-fg`;
const secondary = `${button} border border-line`;

type OrderCardProps = { order: BoardOrder; timezone: string; now: number; actions: CardActions; busy: boolean; acceptDeadlineSeconds?: number };

const ESCALATION_STYLE: Record<AcceptEscalation, string> = {
  none: "",
  highlight: "ring-4 ring-warn-line",
  chime: "ring-4 ring-late-line",
  manager: "ring-8 ring-late-line",
};

export function OrderCard({ order, timezone, now, actions, busy, acceptDeadlineSeconds }: OrderCardProps) {
  const urgency = urgencyOf(order, now);
  const escalation = order.status === "incoming" && acceptDeadlineSeconds ? acceptEscalation(order.placedAt, acceptDeadlineSeconds, now) : "none";
  const isNew = order.status === "incoming" && order.acknowledgedAt === null;
  const waiting = courierIsWaiting(order);
  const moves = nextMoves(order.status, order.fulfillmentType);
  const bagging = order.status === "bagging";
  const unticked = bagging ? order.items.filter((item) => item.removedAt === null && item.packedAt === null).length : 0;
  return (
    <article
      aria-label={`Order ${order.shortCode}`}
      className={`rounded-xl border-2 p-3 ${URGENCY_STYLE[urgency]} ${ESCALATION_STYLE[escalation]} ${isNew ? "new-order" : ""}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-lg font-bold">#{order.shortCode}</span>
        <PlatformBadge platform={order.platform} />
        <span className="rounded-md border border-line px-2 py-0.5 text-xs">{FULFILLMENT_LABELS[order.fulfillmentType]}</span>
        {isNew && <span className="rounded-md bg-accent px-2 py-0.5 text-xs font-bold text-accent-fg">New</span>}
        {escalation !== "none" && acceptDeadlineSeconds && (
          <span className="rounded-md bg-late-line px-2 py-0.5 text-xs font-bold text-white">
            Accept by {formatClock(acceptDeadlineAt(order.placedAt, acceptDeadlineSeconds), timezone)}
          </span>
        )}
        {URGENCY_LABEL[urgency] && (
          <span className="rounded-md border border-current px-2 py-0.5 text-xs font-bold">{URGENCY_LABEL[urgency]}</span>
        )}
      </header>
      {waiting && (
        <p role="alert" className="mt-2 rounded-lg bg-late-line px-2 py-1 text-sm font-bold text-white">
          Courier is waiting at the counter
        </p>
      )}
      <p className="mt-1 flex justify-between text-sm">
        <span className="font-semibold">{customerShortName(order.customerFirstName, order.customerLastName)}</span>
        <span className="text-muted">
          {order.status === "incoming" || order.status === "accepted" || order.status === "bagging"
            ? `${formatDuration(now - order.placedAt)} old`
            : STATUS_LABELS[order.status]}
        </span>
      </p>
      <ChangeNotes order={order} busy={busy} onAcknowledge={() => actions.acknowledgeChanges(order)} />
      <div className="mt-2">
        <OrderItems
          items={order.items}
          compact
          onTogglePacked={bagging ? (item, packed) => actions.setPacked(order, item.id, packed) : undefined}
        />
      </div>
      {order.specialInstructions && (
        <p className="mt-2 rounded-lg bg-note-bg px-2 py-1 text-sm font-semibold text-note-fg">Note: {order.specialInstructions}</p>
      )}
      <p className="mt-2 flex flex-wrap justify-between gap-x-3 text-sm">
        <span className="font-semibold">{formatMoney(order.totalCents, order.currency)}</span>
        {order.readyBy !== null && order.status !== "ready" && order.finishedAt === null && (
          <span>
            Due {formatClock(order.readyBy, timezone)} ({formatRelative(order.readyBy, now)})
          </span>
        )}
        {order.status === "ready" && order.readyAt !== null && <span>Ready {formatDuration(now - order.readyAt)}</span>}
      </p>
      {unticked > 0 && <p className="mt-1 text-sm font-semibold">{unticked === 1 ? "1 line" : `${unticked} lines`} to tick before Ready</p>}
      {order.courierStatus && !waiting && <p className="mt-1 text-sm text-muted">{COURIER_STATUS_LABELS[order.courierStatus]}</p>}
      {order.reasonCode && (
        <p className="mt-1 text-sm text-muted">
          {STATUS_LABELS[order.status]}: {REASON_LABELS[order.reasonCode]}
          {order.reasonMessage ? ` (${order.reasonMessage})` : ""}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {isNew && (
          <button type="button" className={secondary} disabled={busy} onClick={() => actions.acknowledge(order)}>
            Acknowledge
          </button>
        )}
        {order.status === "incoming" && (
          <>
            <button type="button" className={primary} disabled={busy} onClick={() => actions.accept(order)}>
              Accept
            </button>
            <button type="button" className={secondary} disabled={busy} onClick={() => actions.deny(order)}>
              Deny
            </button>
          </>
        )}
        {moves.map((to) => (
          <button key={to} type="button" className={primary} disabled={busy || (to === "ready" && unticked > 0)} onClick={() => actions.advance(order, to)}>
            {MOVE_LABELS[to]}
          </button>
        ))}
        {unticked > 0 && (
          <button type="button" className={secondary} disabled={busy} onClick={() => actions.readyAnyway(order)}>
            Ready anyway
          </button>
        )}
        {recallTarget(order.status) && (
          <button type="button" className={secondary} disabled={busy} onClick={() => actions.recall(order)}>
            Recall
          </button>
        )}
        {canCancel(order.status) && (
          <button type="button" className={secondary} disabled={busy} onClick={() => actions.cancel(order)}>
            Cancel
          </button>
        )}
        <button type="button" className={secondary} onClick={() => actions.details(order)}>
          Details
        </button>
        <button type="button" className={secondary} onClick={() => actions.print(order)}>
          Print
        </button>
      </div>
    </article>
  );
}
