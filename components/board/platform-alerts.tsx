"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";
import { formatClock, formatDuration, formatRelative } from "@/components/ui/format";
import { courierIsWaiting } from "@/server/domain/order-urgency";
import { NOTIFICATION_LABELS, type NotificationType } from "@/server/domain/platform-notification";
import { acceptDeadlineAt, acceptEscalation } from "@/server/domain/platform-timing";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import type { RouterOutputs } from "@/server/trpc/root";
import { alarm, chime, useRepeatingSound } from "./chime";
import type { BoardOrder } from "./types";

export type IntegrationStatus = RouterOutputs["integrations"]["status"];

const ALARM_EVERY_MS = 8_000;
const ESCALATION_CHIME_EVERY_MS = 15_000;
const UNREADABLE_CHIME_EVERY_MS = 30_000;
const button = "min-h-11 rounded-lg border border-current px-3 text-sm font-semibold";

type PlatformAlertsProps = { status: IntegrationStatus | undefined; orders: BoardOrder[]; now: number; timezone: string; canManage: boolean };

/**
 * The board's loudest corner: a courier waiting for an order that is not ready, orders the platform is
 * about to cancel, deliveries nobody could read, and platforms that are not hearing our updates.
 */
export function PlatformAlerts({ status, orders, now, timezone, canManage }: PlatformAlertsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.integrations.status.queryFilter());
  const dismiss = useMutation(trpc.integrations.dismissQuarantined.mutationOptions({ onSettled: refresh }));
  const retry = useMutation(trpc.integrations.retryNotification.mutationOptions({ onSettled: refresh }));

  const couriersWaiting = orders.filter(courierIsWaiting);
  const escalated = status
    ? orders
        .filter((order) => order.status === "incoming")
        .map((order) => {
          const seconds = status.acceptDeadlines[order.platform];
          return { order, stage: acceptEscalation(order.placedAt, seconds, now), deadline: acceptDeadlineAt(order.placedAt, seconds) };
        })
    : [];
  const aboutToLapse = escalated.filter((entry) => entry.stage === "manager");
  useRepeatingSound(couriersWaiting.length > 0, alarm, ALARM_EVERY_MS);
  useRepeatingSound(escalated.some((entry) => entry.stage === "chime" || entry.stage === "manager"), chime, ESCALATION_CHIME_EVERY_MS);
  // An order that could not be read is an order nobody is making: it keeps asking until someone deals with it.
  useRepeatingSound((status?.quarantined.length ?? 0) > 0, chime, UNREADABLE_CHIME_EVERY_MS);

  return (
    <>
      {couriersWaiting.length > 0 && (
        <section role="alert" aria-label="Courier waiting" className="courier-alarm rounded-2xl border-4 border-late-line bg-late-line p-3 text-white">
          <h2 className="text-xl font-black">Courier waiting at the counter</h2>
          <ul>
            {couriersWaiting.map((order) => (
              <li key={order.id} className="text-lg font-bold">
                #{order.shortCode} ({PLATFORM_LABELS[order.platform]}{order.courierName ? `, ${order.courierName}` : ""}) is not ready
              </li>
            ))}
          </ul>
        </section>
      )}
      {aboutToLapse.length > 0 && (
        <section role="alert" aria-label="Orders about to be cancelled" className="rounded-2xl border-2 border-late-line bg-late-bg p-3">
          <h2 className="font-bold">Manager needed: accept now, or the platform cancels</h2>
          <ul>
            {aboutToLapse.map(({ order, deadline }) => (
              <li key={order.id}>
                #{order.shortCode} from {PLATFORM_LABELS[order.platform]}: {deadline > now ? `cancelled ${formatRelative(deadline, now)}` : "past the platform's deadline"}
              </li>
            ))}
          </ul>
        </section>
      )}
      {status?.quarantined.map((delivery) => (
        <section key={delivery.id} role="alert" aria-label={`Unreadable order from ${PLATFORM_LABELS[delivery.platform]}`} className="rounded-2xl border-2 border-warn-line bg-warn-bg p-3">
          <h2 className="font-bold">Unreadable order from {PLATFORM_LABELS[delivery.platform]}</h2>
          <p className="text-sm">
            Received {formatClock(delivery.receivedAt, timezone)}: {delivery.reason}. Check the order on the {PLATFORM_LABELS[delivery.platform]} tablet.
          </p>
          <details className="mt-1 text-sm">
            <summary className="min-h-11 cursor-pointer py-2.5">What arrived</summary>
            <pre className="mt-1 max-h-48 overflow-auto rounded-lg bg-card p-2 text-xs whitespace-pre-wrap">{delivery.body}</pre>
          </details>
          {canManage && (
            <button type="button" className={`${button} mt-2`} disabled={dismiss.isPending} onClick={() => dismiss.mutate({ quarantineId: delivery.id })}>
              Dismiss unreadable delivery {delivery.id}
            </button>
          )}
        </section>
      ))}
      {status && status.failing.length > 0 && (
        <section role="alert" aria-label="Platforms not hearing us" className="rounded-2xl border-2 border-warn-line bg-warn-bg p-3">
          <h2 className="font-bold">Platforms are not hearing our updates</h2>
          <ul className="space-y-1">
            {status.failing.map((notification) => (
              <li key={notification.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span>
                  #{notification.shortCode}: {PLATFORM_LABELS[notification.platform]} has not taken “{NOTIFICATION_LABELS[notification.type as NotificationType]}”
                  {notification.state === "dead"
                    ? `; gave up after ${notification.attempts} attempts`
                    : ` for ${formatDuration(now - (notification.firstFailedAt ?? now))}`}
                  {notification.lastError ? ` (${notification.lastError})` : ""}
                </span>
                {canManage && notification.state === "dead" && (
                  <button type="button" className={button} disabled={retry.isPending} onClick={() => retry.mutate({ notificationId: notification.id })}>
                    Retry notification {notification.id}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
