"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Modal } from "@/components/ui/modal";
import { customerShortName, formatDateTime } from "@/components/ui/format";
import { COURIER_STATUS_LABELS, FULFILLMENT_LABELS, leavesWithCourier } from "@/server/domain/fulfillment";
import { formatMoney } from "@/server/domain/money";
import { CHANNEL_LABELS } from "@/server/domain/channel";
import { collectLine, PAYMENT_LABELS } from "@/server/domain/payment";
import { BOARD_STATUSES, STATUS_LABELS } from "@/server/domain/order-status";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { REASON_LABELS } from "@/server/domain/reason-codes";
import { ISSUE_STATUS_LABELS, ISSUE_TYPE_LABELS, PRIORITY_LABELS } from "@/server/domain/order-issue";
import { BagPhotos } from "./bag-photos";
import { CustomerRecord } from "./customer-record";
import type { CartEdit } from "./cart-change-dialog";
import { describeEvent } from "./event-text";
import { OrderItems } from "./order-items";
import { PlatformNotifications } from "./platform-notifications";
import type { BoardData, BoardOrder } from "./types";

const EDIT_LABELS = { quantity: "Quantity", substitute: "Substitute", note: "Note", remove: "Remove" } as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="border-b border-line py-3 last:border-0">
      <h3 className="mb-2 text-sm font-bold tracking-wide text-muted uppercase">{title}</h3>
      {children}
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-0.5">
      <dt className="text-muted">{label}</dt>
      <dd className="text-right">{value}</dd>
    </div>
  );
}

const CART_CHANGEABLE: readonly string[] = ["incoming", "accepted", "bagging"];
const small = "min-h-11 rounded-lg border border-line px-2 text-sm";

type OrderDrawerProps = {
  order: BoardOrder;
  timezone: string;
  onClose: () => void;
  /** The board's controls; left out (history), the detail only shows. */
  onEdit?: (edit: CartEdit) => void;
  onChangePrepTime?: () => void;
  onPrint?: () => void;
  onReportIssue?: () => void;
  /** Whether the person may keep the customer's note (managers). */
  canManage?: boolean;
  /** Who the order can be assigned to, and how (the board); left out, the drawer does not assign. */
  assignment?: { people: BoardData["people"]; groups: BoardData["groups"]; onAssign: (change: { assignee_id?: number | null; group_id?: number | null }) => void };
};

/** Everything about one order: items (and changing them), customer, fulfillment, money and its whole timeline. */
export function OrderDrawer({ order, timezone, onClose, onEdit, onChangePrepTime, onPrint, onReportIssue, assignment, canManage = false }: OrderDrawerProps) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.orders.detail.queryOptions({ id: order.id }));
  const money = (cents: number) => formatMoney(cents, order.currency);
  const closedBy = detail.data?.events.findLast((event) => event.toStatus === order.status)?.actorName;
  return (
    <Modal title={`Order ${order.shortCode} details`} onClose={onClose} variant="drawer">
      <p className="mb-2 text-lg">
        <strong>{STATUS_LABELS[order.status]}</strong> · {PLATFORM_LABELS[order.platform]} · {order.externalId}
      </p>
      {order.reasonCode && (
        <p className="mb-2 rounded-lg bg-late-bg px-3 py-2">
          {STATUS_LABELS[order.status]}
          {closedBy ? ` by ${closedBy}` : ""}: {REASON_LABELS[order.reasonCode]}
          {order.reasonMessage ? ` — ${order.reasonMessage}` : ""}
        </p>
      )}
      {onPrint && (
        <button type="button" className={`${small} mb-2`} onClick={onPrint}>
          Print ticket
        </button>
      )}
      <Section title="Items">
        <OrderItems
          items={order.items}
          lineActions={
            onEdit && CART_CHANGEABLE.includes(order.status)
              ? (item) => (
                  <>
                    {(["quantity", "substitute", "note", "remove"] as const).map((mode) => (
                      <button key={mode} type="button" className={small} aria-label={`${EDIT_LABELS[mode]} ${item.quantity} × ${item.name}`} onClick={() => onEdit({ mode, item })}>
                        {EDIT_LABELS[mode]}
                      </button>
                    ))}
                  </>
                )
              : undefined
          }
        />
        {onEdit && CART_CHANGEABLE.includes(order.status) && (
          <button type="button" className={`${small} mt-3`} onClick={() => onEdit({ mode: "add" })}>
            Add item
          </button>
        )}
        {order.specialInstructions && (
          <p className="mt-2 rounded-lg bg-note-bg px-2 py-1 font-semibold text-note-fg">Note: {order.specialInstructions}</p>
        )}
      </Section>
      {assignment && BOARD_STATUSES.includes(order.status as (typeof BOARD_STATUSES)[number]) && (
        <Section title="Assigned">
          <div className="grid grid-cols-2 gap-2">
            <label className="flex flex-col text-sm">
              Person
              <select
                className={small}
                value={order.assigneeId ?? ""}
                onChange={(e) => assignment.onAssign({ assignee_id: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">Nobody</option>
                {assignment.people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              Group
              <select className={small} value={order.groupId ?? ""} onChange={(e) => assignment.onAssign({ group_id: e.target.value ? Number(e.target.value) : null })}>
                <option value="">No group</option>
                {assignment.groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {order.assignedAt !== null && <p className="mt-1 text-sm text-muted">Since {formatDateTime(order.assignedAt, timezone)}</p>}
        </Section>
      )}
      <Section title="Customer">
        {detail.data?.customer && <CustomerRecord customer={detail.data.customer} orderId={order.id} canManage={canManage} />}
        {order.customerArrivedAt !== null && (
          <p className="mb-2 rounded-lg border-2 border-late-line bg-late-bg px-2 py-1 font-bold">
            Here since {formatDateTime(order.customerArrivedAt, timezone)}
            {order.arrivalNote ? ` · ${order.arrivalNote}` : ""}
          </p>
        )}
        <dl>
          <Row label="Name" value={`${order.customerFirstName} ${order.customerLastName}`.trim()} />
          <Row label="Called out as" value={customerShortName(order.customerFirstName, order.customerLastName)} />
          {order.customerPhone && <Row label="Phone" value={<a href={`tel:${order.customerPhone}`}>{order.customerPhone}</a>} />}
          {order.customerEmail && <Row label="Email" value={order.customerEmail} />}
        </dl>
      </Section>
      <Section title="Fulfillment">
        <dl>
          <Row label="Type" value={FULFILLMENT_LABELS[order.fulfillmentType]} />
          {order.deliveryAddress && <Row label="Address" value={order.deliveryAddress} />}
          {order.vehicle && <Row label="Vehicle" value={order.vehicle} />}
          {order.tableNumber && <Row label="Table" value={order.tableNumber} />}
          {order.courierStatus && <Row label="Courier" value={`${COURIER_STATUS_LABELS[order.courierStatus]}${order.courierName ? ` (${order.courierName})` : ""}`} />}
          {order.courierPhone && <Row label="Courier phone" value={<a href={`tel:${order.courierPhone}`}>{order.courierPhone}</a>} />}
          <Row label="Placed" value={formatDateTime(order.placedAt, timezone)} />
          {order.prepMinutes !== null && <Row label="Prep time" value={`${order.prepMinutes} min`} />}
          {order.readyBy !== null && <Row label="Ready by" value={formatDateTime(order.readyBy, timezone)} />}
        </dl>
        {onChangePrepTime && (order.status === "accepted" || order.status === "bagging") && (
          <button type="button" className={`${small} mt-2`} onClick={onChangePrepTime}>
            Change prep time
          </button>
        )}
      </Section>
      <Section title="Money">
        <dl>
          <Row label="Subtotal" value={money(order.subtotalCents)} />
          <Row label="Tax" value={money(order.taxCents)} />
          <Row label={leavesWithCourier(order.fulfillmentType) ? "Tip (the courier's)" : "Tip"} value={money(order.tipCents)} />
          <Row label="Fees" value={money(order.feesCents)} />
          <Row label="Discount" value={order.discountCents ? `−${money(order.discountCents)}` : money(0)} />
          <Row label="Total" value={<strong>{money(order.totalCents)}</strong>} />
          <Row label="Payment" value={collectLine(order) ?? (order.paymentMethod === "platform" ? PAYMENT_LABELS.platform : `Paid · ${PAYMENT_LABELS[order.paymentMethod].toLowerCase()}`)} />
          <Row label="Channel" value={CHANNEL_LABELS[order.channel]} />
        </dl>
      </Section>
      <Section title="Issues">
        {detail.data?.issues.length ? (
          <ul className="mb-2 space-y-1">
            {detail.data.issues.map((issue) => (
              <li key={issue.id}>
                {ISSUE_TYPE_LABELS[issue.type]} · {PRIORITY_LABELS[issue.priority]} · <strong>{ISSUE_STATUS_LABELS[issue.status]}</strong>: {issue.description}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-2 text-sm text-muted">No issues reported</p>
        )}
        {onReportIssue && (
          <button type="button" className={small} onClick={onReportIssue}>
            Report issue
          </button>
        )}
      </Section>
      {detail.data && (
        <Section title="Bag photos">
          <BagPhotos order={detail.data} timezone={timezone} />
        </Section>
      )}
      <Section title="Platform notifications">
        <PlatformNotifications order={order} timezone={timezone} />
      </Section>
      <Section title="Timeline">
        {detail.isPending && <p>Loading the timeline…</p>}
        {detail.isError && <p role="alert">The timeline could not be loaded: {detail.error.message}</p>}
        {detail.data && (
          <ol className="space-y-2" aria-label="Timeline">
            {detail.data.events.map((event) => {
              const line = describeEvent(event);
              return (
                <li key={event.id} className="rounded-lg border border-line px-3 py-2">
                  <p className="flex justify-between gap-2">
                    <strong>{line.title}</strong>
                    <time dateTime={new Date(event.createdAt).toISOString()} className="text-sm text-muted">
                      {formatDateTime(event.createdAt, timezone)}
                    </time>
                  </p>
                  {line.detail && <p className="text-sm">{line.detail}</p>}
                  <p className="text-sm text-muted">by {event.actorName}</p>
                </li>
              );
            })}
          </ol>
        )}
      </Section>
    </Modal>
  );
}
