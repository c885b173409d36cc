"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";
import { useFormat } from "@/components/ui/use-format";
import { NOTIFICATION_LABELS, type NotificationType } from "@/server/domain/platform-notification";
import type { BoardOrder } from "./types";
import { can } from "@/server/domain/access";
import { Button } from "@/components/ui/button";

/** While something is still on its way, the list refreshes this often. */
const PENDING_REFRESH_MS = 3_000;

const STATE_LABELS = { pending: "Pending", sent: "Sent", dead: "Failed" } as const;

/** What the platform has been told about this order, and what it has not taken yet. */
export function PlatformNotifications({ order, timezone }: { order: BoardOrder; timezone: string }) {
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useQuery(trpc.auth.session.queryOptions());
  const notifications = useQuery(
    trpc.integrations.notifications.queryOptions(
      { id: order.id },
      { refetchInterval: (query) => (query.state.data?.some((n) => n.state === "pending") ? PENDING_REFRESH_MS : false) },
    ),
  );
  const retry = useMutation(
    trpc.integrations.retryNotification.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.integrations.notifications.queryFilter({ id: order.id })) }),
  );
  const canManage = can(session.data ?? null, "store.manage", order.storeId);

  if (notifications.isPending) return <p>Loading notifications…</p>;
  if (notifications.isError) return <p role="alert">Notifications could not be loaded: {notifications.error.message}</p>;
  if (notifications.data.length === 0) return <p className="text-sm text-muted">Nothing has been sent to the platform for this order.</p>;
  return (
    <ul className="space-y-2" aria-label="Platform notifications">
      {notifications.data.map((notification) => (
        <li key={notification.id} className="rounded-lg border border-line px-3 py-2 text-sm">
          <p className="flex justify-between gap-2">
            <strong>{NOTIFICATION_LABELS[notification.type as NotificationType]}</strong>
            <span className={notification.state === "dead" ? "font-bold text-late-line" : ""}>{STATE_LABELS[notification.state]}</span>
          </p>
          <p className="text-muted">
            {notification.attempts === 1 ? "1 attempt" : `${notification.attempts} attempts`}
            {notification.sentAt ? ` · sent ${format.dateTime(notification.sentAt, timezone)}` : ""}
            {notification.state === "pending" && notification.attempts > 0 ? ` · next try ${format.dateTime(notification.nextAttemptAt, timezone)}` : ""}
          </p>
          {notification.lastError && notification.state !== "sent" && <p>Last error: {notification.lastError}</p>}
          {canManage && notification.state === "dead" && (
            <Button
             
              className="mt-1"
              disabled={retry.isPending}
              onClick={() => retry.mutate({ notificationId: notification.id })}
            >
              Retry {NOTIFICATION_LABELS[notification.type as NotificationType].toLowerCase()} notification
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
