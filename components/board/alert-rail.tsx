"use client";

import * as Collapsible from "@radix-ui/react-collapsible";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { useTRPC } from "@/components/trpc/react";
import { customerShortName } from "@/components/ui/format";
import { useFormat } from "@/components/ui/use-format";
import { Modal } from "@/components/ui/modal";
import { courierIsWaiting, customerIsWaiting } from "@/server/domain/order-urgency";
import { handoverRefusal } from "@/server/domain/handover";
import { BOARD_STATUSES } from "@/server/domain/order-status";
import { acceptDeadlineAt, acceptEscalation } from "@/server/domain/platform-timing";
import { PLATFORM_LABELS, type Platform } from "@/server/domain/platforms";
import type { RouterOutputs } from "@/server/trpc/root";
import { countsFrom } from "@/server/domain/scheduling";
import { alarm, chime, useRepeatingSound } from "./chime";
import type { BoardIssue, BoardOrder } from "./types";
import type { GapNote } from "./use-board-feed";

export type IntegrationStatus = RouterOutputs["integrations"]["status"];

const ALARM_EVERY_MS = 8_000;
const ESCALATION_CHIME_EVERY_MS = 15_000;
const UNREADABLE_CHIME_EVERY_MS = 30_000;
/** Lines the rail shows before "more": the rail's height never grows past them. */
const VISIBLE_LINES = 2;
/** Orders named with their own button on a grouped line; the rest are one tap away on the board. */
const MAX_ORDER_BUTTONS = 3;

const button = "min-h-11 shrink-0 rounded-lg border-2 border-current px-3 text-sm font-bold";

type Line = { key: string; tone: "alarm" | "late" | "warn" | "info"; text: ReactNode; actions?: ReactNode };

const TONE: Record<Line["tone"], string> = {
  alarm: "courier-alarm bg-late-line text-late-fg",
  late: "bg-late-bg",
  warn: "bg-warn-bg",
  info: "bg-card",
};

type AlertRailProps = {
  orders: BoardOrder[];
  status: IntegrationStatus | undefined;
  issues: BoardIssue[];
  gapNote: GapNote | null;
  now: number;
  timezone: string;
  canManage: boolean;
  onShowOrder: (order: BoardOrder) => void;
  onAccept: (order: BoardOrder) => void;
  onMarkReady: (order: BoardOrder) => void;
  onDismissGap: () => void;
  /** A ready pickup order nobody collects is proposed as not picked up after this many minutes (the store's limit). */
  notPickedUpMinutes: number;
  onNotPickedUp: (order: BoardOrder) => void;
};


type Words = ReturnType<typeof useTranslations<"alerts">>;

/** What a platform is not hearing of: so many orders, and the store's own news (a pause, an 86). */
function failingWhat(notifications: { orderId: number | null }[], t: Words): string {
  const orders = new Set(notifications.flatMap((n) => (n.orderId === null ? [] : [n.orderId]))).size;
  const storeNews = notifications.some((n) => n.orderId === null);
  return t("failingWhat", { orders, news: storeNews ? "yes" : "no" });
}

/** "2 new orders, 1 cancelled": what changed while the board was away. */
function gapText({ added, cancelled, moved, removed }: GapNote["counts"], t: Words): string {
  const parts = [added && t("gapAdded", { count: added }), cancelled && t("gapCancelled", { count: cancelled }), moved && t("gapMoved", { count: moved }), removed && t("gapRemoved", { count: removed })];
  return parts.filter(Boolean).join(", ");
}

function groupByPlatform<T extends { platform: Platform }>(rows: T[]) {
  const groups = new Map<Platform, T[]>();
  for (const row of rows) groups.set(row.platform, [...(groups.get(row.platform) ?? []), row]);
  return [...groups];
}

/**
 * Everything that needs someone now, in one rail of fixed height above the columns, most urgent
 * first and grouped ("3 orders need accepting now"), each line with the action it asks for. Two
 * lines show; the rest open over the columns, never pushing them down. Plain words for staff; the
 * diagnostics (what arrived, why a send failed) are for managers.
 */
export function AlertRail({ orders, status, issues, gapNote, now, timezone, canManage, onShowOrder, onAccept, onMarkReady, onDismissGap, notPickedUpMinutes, onNotPickedUp }: AlertRailProps) {
  const format = useFormat();
  const t = useTranslations("alerts");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.integrations.status.queryFilter());
  const dismiss = useMutation(trpc.integrations.dismissQuarantined.mutationOptions({ onSettled: refresh }));
  const retry = useMutation(trpc.integrations.retryNotification.mutationOptions({ onSettled: refresh }));
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  const [arrived, setArrived] = useState<IntegrationStatus["quarantined"][number] | null>(null);

  const couriersWaiting = orders.filter(courierIsWaiting);
  const customersWaiting = orders.filter(customerIsWaiting);
  const couriersCancelled = orders.filter((order) => order.courierStatus === "courier_cancelled" && (BOARD_STATUSES as readonly string[]).includes(order.status));
  const uncollected = orders.filter(
    (order) => order.readyAt !== null && now - order.readyAt >= notPickedUpMinutes * 60_000 && handoverRefusal("not_picked_up", order.status, order.fulfillmentType) === null,
  );
  const escalated = status
    ? orders
        .filter((order) => order.status === "incoming")
        .map((order) => ({ order, stage: acceptEscalation(countsFrom(order), status.acceptDeadlines[order.platform], now), deadline: acceptDeadlineAt(countsFrom(order), status.acceptDeadlines[order.platform]) }))
    : [];
  // Those the platform has not given up on yet come first, soonest deadline first: they can still be saved.
  const mustAccept = escalated
    .filter((entry) => entry.stage === "manager")
    .sort((a, b) => Number(a.deadline <= now) - Number(b.deadline <= now) || a.deadline - b.deadline);
  useRepeatingSound(couriersWaiting.length > 0 || customersWaiting.length > 0, alarm, ALARM_EVERY_MS);
  useRepeatingSound(escalated.some((entry) => entry.stage === "chime" || entry.stage === "manager"), chime, ESCALATION_CHIME_EVERY_MS);
  // An order that could not be read is an order nobody is making: it keeps asking until someone deals with it.
  useRepeatingSound((status?.quarantined.length ?? 0) > 0, chime, UNREADABLE_CHIME_EVERY_MS);

  const lines: Line[] = [
    ...couriersWaiting.map((order) => ({
      key: `courier-${order.id}`,
      tone: "alarm" as const,
      text: (
        <>
          {t("courierWaiting", { code: order.shortCode, who: order.courierName ? `${PLATFORM_LABELS[order.platform]}, ${order.courierName}` : PLATFORM_LABELS[order.platform] })}
        </>
      ),
      actions: (
        <>
          <button type="button" className={button} onClick={() => onShowOrder(order)} aria-label={t("showOrderOf", { code: order.shortCode })}>
            {t("showOrder")}
          </button>
          <button type="button" className={button} onClick={() => onMarkReady(order)} aria-label={t("markReadyOf", { code: order.shortCode })}>
            {t("markReady")}
          </button>
        </>
      ),
    })),
    ...customersWaiting.map((order) => ({
      key: `customer-${order.id}`,
      tone: "alarm" as const,
      text: (
        <>
          {t("customerHere", {
            code: order.shortCode,
            who: `${customerShortName(order.customerFirstName, order.customerLastName)}${order.arrivalNote ? `, ${order.arrivalNote}` : ""}`,
            ready: order.status === "ready" ? "yes" : "no",
          })}
        </>
      ),
      actions: (
        <button type="button" className={button} onClick={() => onShowOrder(order)} aria-label={t("showOrderOf", { code: order.shortCode })}>
          {t("showOrder")}
        </button>
      ),
    })),
    ...couriersCancelled.map((order) => ({
      key: `courier-cancelled-${order.id}`,
      tone: "late" as const,
      text: t("courierCancelled", { code: order.shortCode, platform: PLATFORM_LABELS[order.platform] }),
      actions: (
        <button type="button" className={button} onClick={() => onShowOrder(order)} aria-label={t("showOrderOf", { code: order.shortCode })}>
          {t("showOrder")}
        </button>
      ),
    })),
    ...uncollected.map((order) => ({
      key: `uncollected-${order.id}`,
      tone: "warn" as const,
      text: t("uncollected", { code: order.shortCode, minutes: notPickedUpMinutes }),
      actions: (
        <button type="button" className={button} onClick={() => onNotPickedUp(order)} aria-label={t("notPickedUpOf", { code: order.shortCode })}>
          {t("notPickedUp")}
        </button>
      ),
    })),
    ...(mustAccept.length > 0
      ? [
          {
            key: "accept",
            tone: "late" as const,
            text: t("mustAccept", { count: mustAccept.length, first: mustAccept[0]!.deadline > now ? format.clock(mustAccept[0]!.deadline, timezone) : "none" }),
            actions: mustAccept.slice(0, MAX_ORDER_BUTTONS).map(({ order }) => (
              <button key={order.id} type="button" className={button} onClick={() => onAccept(order)} aria-label={t("acceptOf", { code: order.shortCode })}>
                {t("accept", { code: order.shortCode })}
              </button>
            )),
          },
        ]
      : []),
    ...groupByPlatform(status?.quarantined ?? []).map(([platform, deliveries]) => ({
      key: `unreadable-${platform}`,
      tone: "warn" as const,
      text: t("unreadable", { count: deliveries.length, platform: PLATFORM_LABELS[platform] }),
      actions: canManage ? (
        <button type="button" className={button} onClick={() => setArrived(deliveries[0]!)} aria-label={t("arrivedFrom", { platform: PLATFORM_LABELS[platform] })}>
          {t("arrived")}
        </button>
      ) : undefined,
    })),
    ...groupByPlatform(status?.failing ?? []).map(([platform, notifications]) => ({
      key: `failing-${platform}`,
      tone: "warn" as const,
      text: t("failing", { platform: PLATFORM_LABELS[platform], what: failingWhat(notifications, t), manager: canManage ? "yes" : "no" }),
      actions: canManage
        ? notifications
            .filter((notification) => notification.state === "dead")
            .slice(0, 1)
            .map((notification) => (
              <button key={notification.id} type="button" className={button} disabled={retry.isPending} onClick={() => retry.mutate({ notificationId: notification.id })} aria-label={t("sendAgainTo", { platform: PLATFORM_LABELS[platform] })}>
                {t("sendAgain")}
              </button>
            ))
        : undefined,
    })),
    ...(issues.length > 0
      ? [
          {
            key: "issues",
            tone: "late" as const,
            text: t("issues", { count: issues.length, code: issues.at(-1)!.shortCode, description: issues.at(-1)!.description }),
            actions: canManage ? (
              <Link href={`/issues/${issues.at(-1)!.id}`} className={`${button} inline-flex items-center`}>
                {t("openIssue")}
              </Link>
            ) : undefined,
          },
        ]
      : []),
    ...(gapNote
      ? [
          {
            key: "gap",
            tone: "info" as const,
            text: t("gap", { from: format.clock(gapNote.from, timezone), to: format.clock(gapNote.to, timezone), changes: gapText(gapNote.counts, t) }),
            actions: (
              <button type="button" className={button} onClick={onDismissGap}>
                {t("ok")}
              </button>
            ),
          },
        ]
      : []),
  ];

  if (lines.length === 0) return null;
  const line = ({ key, tone, text, actions }: Line) => (
    <li key={key} role={tone === "alarm" ? "alert" : undefined} className={`flex min-h-12 items-center gap-2 rounded-lg px-3 py-1 font-semibold max-sm:flex-wrap ${TONE[tone]}`}>
      <span className="min-w-0 flex-1 max-sm:basis-full">{text}</span>
      {actions}
    </li>
  );
  const hidden = lines.length - VISIBLE_LINES;
  return (
    <section aria-label={t("label")} className="relative z-20 shrink-0 px-2 pt-2">
      <Collapsible.Root open={expanded} onOpenChange={setExpanded}>
        <div className="flex items-start gap-2">
          <ul className="grid flex-1 gap-1">{lines.slice(0, VISIBLE_LINES).map(line)}</ul>
          {hidden > 0 && (
            <Collapsible.Trigger asChild>
              <button type="button" aria-controls={moreId} className="min-h-12 shrink-0 rounded-lg border-2 border-line bg-panel px-3 font-bold">
                {expanded ? t("fewer") : t("more", { count: hidden })}
              </button>
            </Collapsible.Trigger>
          )}
        </div>
        {/* Kept in the page while closed (hidden), so what the rail says is always there for assistive technology to find. */}
        <ul id={moreId} hidden={!expanded || hidden <= 0} aria-label={t("moreAlerts")} className="absolute right-2 left-2 mt-1 grid max-h-[50vh] gap-1 overflow-y-auto rounded-xl border-2 border-line bg-panel p-1 shadow-2xl">
          {lines.slice(VISIBLE_LINES).map(line)}
        </ul>
      </Collapsible.Root>
      {arrived && (
        <Modal title={t("arrivedFrom", { platform: PLATFORM_LABELS[arrived.platform] })} onClose={() => setArrived(null)}>
          <p>{t("received", { time: format.clock(arrived.receivedAt, timezone), reason: arrived.reason ?? "" })}</p>
          <pre className="mt-2 max-h-64 overflow-auto rounded-lg bg-card p-2 text-xs whitespace-pre-wrap">{arrived.body}</pre>
          <button
            type="button"
            className={`${button} mt-3`}
            disabled={dismiss.isPending}
            onClick={() => {
              dismiss.mutate({ quarantineId: arrived.id });
              setArrived(null);
            }}
          >
            {t("dismissUnreadable", { id: arrived.id })}
          </button>
        </Modal>
      )}
    </section>
  );
}
