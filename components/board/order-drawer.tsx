"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/trpc/react";
import { Modal } from "@/components/ui/modal";
import { customerShortName } from "@/components/ui/format";
import { useFormat } from "@/components/ui/use-format";
import { leavesWithCourier } from "@/server/domain/fulfillment";
import { BOARD_STATUSES } from "@/server/domain/order-status";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { BagPhotos } from "./bag-photos";
import { CustomerRecord } from "./customer-record";
import type { CartEdit } from "./cart-change-dialog";
import { describeEvent } from "./event-text";
import { useOrderWords } from "./order-words";
import { OrderItems } from "./order-items";
import { PlatformNotifications } from "./platform-notifications";
import type { BoardData, BoardOrder } from "./types";

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
  const format = useFormat();
  const t = useTranslations();
  const words = useOrderWords();
  const trpc = useTRPC();
  const detail = useQuery(trpc.orders.detail.queryOptions({ id: order.id }));
  const money = (cents: number) => format.money(cents, order.currency);
  const closedBy = detail.data?.events.findLast((event) => event.toStatus === order.status)?.actorName;
  return (
    <Modal title={t("drawer.title", { code: order.shortCode })} onClose={onClose} variant="drawer">
      <p className="mb-2 text-lg">
        <strong>{t(`labels.status.${order.status}`)}</strong> · {PLATFORM_LABELS[order.platform]} · {order.externalId}
      </p>
      {order.reasonCode && (
        <p className="mb-2 rounded-lg bg-late-bg px-3 py-2">
          {closedBy ? t("drawer.closedBy", { status: t(`labels.status.${order.status}`), name: closedBy }) : t(`labels.status.${order.status}`)}: {t(`labels.reason.${order.reasonCode}`)}
          {order.reasonMessage ? ` — ${order.reasonMessage}` : ""}
        </p>
      )}
      {onPrint && (
        <button type="button" className={`${small} mb-2`} onClick={onPrint}>
          {t("drawer.print")}
        </button>
      )}
      <Section title={t("items.list")}>
        <OrderItems
          items={order.items}
          lineActions={
            onEdit && CART_CHANGEABLE.includes(order.status)
              ? (item) => (
                  <>
                    {(["quantity", "substitute", "note", "remove"] as const).map((mode) => (
                      <button key={mode} type="button" className={small} aria-label={`${t(`drawer.edit.${mode}`)} ${item.quantity} × ${item.name}`} onClick={() => onEdit({ mode, item })}>
                        {t(`drawer.edit.${mode}`)}
                      </button>
                    ))}
                  </>
                )
              : undefined
          }
        />
        {onEdit && CART_CHANGEABLE.includes(order.status) && (
          <button type="button" className={`${small} mt-3`} onClick={() => onEdit({ mode: "add" })}>
            {t("drawer.addItem")}
          </button>
        )}
        {order.specialInstructions && (
          <p className="mt-2 rounded-lg bg-note-bg px-2 py-1 font-semibold text-note-fg">{t("card.note")}: {order.specialInstructions}</p>
        )}
      </Section>
      {assignment && BOARD_STATUSES.includes(order.status as (typeof BOARD_STATUSES)[number]) && (
        <Section title={t("drawer.assigned")}>
          <div className="grid grid-cols-2 gap-2">
            <label className="flex flex-col text-sm">
              {t("drawer.person")}
              <select
                className={small}
                value={order.assigneeId ?? ""}
                onChange={(e) => assignment.onAssign({ assignee_id: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">{t("drawer.nobody")}</option>
                {assignment.people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              {t("drawer.group")}
              <select className={small} value={order.groupId ?? ""} onChange={(e) => assignment.onAssign({ group_id: e.target.value ? Number(e.target.value) : null })}>
                <option value="">{t("drawer.noGroup")}</option>
                {assignment.groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {order.assignedAt !== null && <p className="mt-1 text-sm text-muted">{t("drawer.since", { time: format.dateTime(order.assignedAt, timezone) })}</p>}
        </Section>
      )}
      <Section title={t("drawer.customer")}>
        {detail.data?.customer && <CustomerRecord customer={detail.data.customer} orderId={order.id} canManage={canManage} />}
        {order.customerArrivedAt !== null && (
          <p className="mb-2 rounded-lg border-2 border-late-line bg-late-bg px-2 py-1 font-bold">
            {t("drawer.hereSince", { time: format.dateTime(order.customerArrivedAt, timezone) })}
            {order.arrivalNote ? ` · ${order.arrivalNote}` : ""}
          </p>
        )}
        <dl>
          <Row label={t("drawer.name")} value={`${order.customerFirstName} ${order.customerLastName}`.trim()} />
          <Row label={t("drawer.calledOutAs")} value={customerShortName(order.customerFirstName, order.customerLastName)} />
          {order.customerPhone && <Row label={t("drawer.phone")} value={<a href={`tel:${order.customerPhone}`}>{order.customerPhone}</a>} />}
          {order.customerEmail && <Row label={t("drawer.email")} value={order.customerEmail} />}
        </dl>
      </Section>
      <Section title={t("drawer.fulfillment")}>
        <dl>
          <Row label={t("drawer.type")} value={t(`labels.fulfillment.${order.fulfillmentType}`)} />
          {order.deliveryAddress && <Row label={t("drawer.address")} value={order.deliveryAddress} />}
          {order.vehicle && <Row label={t("drawer.vehicle")} value={order.vehicle} />}
          {order.tableNumber && <Row label={t("drawer.table")} value={order.tableNumber} />}
          {order.courierStatus && <Row label={t("drawer.courier")} value={`${t(`labels.courier.${order.courierStatus}`)}${order.courierName ? ` (${order.courierName})` : ""}`} />}
          {order.courierPhone && <Row label={t("drawer.courierPhone")} value={<a href={`tel:${order.courierPhone}`}>{order.courierPhone}</a>} />}
          <Row label={t("drawer.placed")} value={format.dateTime(order.placedAt, timezone)} />
          {order.prepMinutes !== null && <Row label={t("prep.legend")} value={t("prep.minutes", { minutes: order.prepMinutes })} />}
          {order.readyBy !== null && <Row label={t("drawer.readyBy")} value={format.dateTime(order.readyBy, timezone)} />}
        </dl>
        {onChangePrepTime && (order.status === "accepted" || order.status === "bagging") && (
          <button type="button" className={`${small} mt-2`} onClick={onChangePrepTime}>
            {t("drawer.changePrep")}
          </button>
        )}
      </Section>
      <Section title={t("drawer.money")}>
        <dl>
          <Row label={t("drawer.subtotal")} value={money(order.subtotalCents)} />
          <Row label={t("drawer.tax")} value={money(order.taxCents)} />
          <Row label={leavesWithCourier(order.fulfillmentType) ? t("drawer.courierTip") : t("drawer.tip")} value={money(order.tipCents)} />
          <Row label={t("drawer.fees")} value={money(order.feesCents)} />
          <Row label={t("drawer.discount")} value={order.discountCents ? `−${money(order.discountCents)}` : money(0)} />
          <Row label={t("drawer.total")} value={<strong>{money(order.totalCents)}</strong>} />
          <Row label={t("drawer.payment")} value={words.collect(order) ?? words.paidWith(order.paymentMethod)} />
          <Row label={t("drawer.channel")} value={t(`labels.channel.${order.channel}`)} />
        </dl>
      </Section>
      <Section title={t("drawer.issues")}>
        {detail.data?.issues.length ? (
          <ul className="mb-2 space-y-1">
            {detail.data.issues.map((issue) => (
              <li key={issue.id}>
                {t(`labels.issueType.${issue.type}`)} · {t(`labels.priority.${issue.priority}`)} · <strong>{t(`labels.issueStatus.${issue.status}`)}</strong>: {issue.description}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-2 text-sm text-muted">{t("drawer.noIssues")}</p>
        )}
        {onReportIssue && (
          <button type="button" className={small} onClick={onReportIssue}>
            {t("drawer.reportIssue")}
          </button>
        )}
      </Section>
      {detail.data && (
        <Section title={t("drawer.bagPhotos")}>
          <BagPhotos order={detail.data} timezone={timezone} />
        </Section>
      )}
      <Section title={t("drawer.notifications")}>
        <PlatformNotifications order={order} timezone={timezone} />
      </Section>
      <Section title={t("drawer.timeline")}>
        {detail.isPending && <p>{t("drawer.loadingTimeline")}</p>}
        {detail.isError && <p role="alert">{t("drawer.timelineFailed", { message: detail.error.message })}</p>}
        {detail.data && (
          <ol className="space-y-2" aria-label={t("drawer.timeline")}>
            {detail.data.events.map((event) => {
              const line = describeEvent(event, t);
              return (
                <li key={event.id} className="rounded-lg border border-line px-3 py-2">
                  <p className="flex justify-between gap-2">
                    <strong>{line.title}</strong>
                    <time dateTime={new Date(event.createdAt).toISOString()} className="text-sm text-muted">
                      {format.dateTime(event.createdAt, timezone)}
                    </time>
                  </p>
                  {line.detail && <p className="text-sm">{line.detail}</p>}
                  <p className="text-sm text-muted">{t("drawer.by", { name: event.actorName })}</p>
                </li>
              );
            })}
          </ol>
        )}
      </Section>
    </Modal>
  );
}
