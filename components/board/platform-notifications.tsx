"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";
import { useFormat } from "@/components/ui/use-format";
import type { NotificationType } from "@/server/domain/platform-notification";
import { undotted } from "@/i18n/messages/en";
import { useRefusalText } from "@/components/ui/use-refusal-text";
import { useTranslations } from "next-intl";
import type { BoardOrder } from "./types";
import { can } from "@/server/domain/access";
import { Button } from "@/components/ui/button";

/** While something is still on its way, the list refreshes this often. */
const PENDING_REFRESH_MS = 3_000;

/** What the platform has been told about this order, and what it has not taken yet. */
export function PlatformNotifications({ order, timezone }: { order: BoardOrder; timezone: string }) {
  const format = useFormat();
  const t = useTranslations("notifications");
  const refusal = useRefusalText();
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

  if (notifications.isPending) return <p>{t("loading")}</p>;
  if (notifications.isError) return <p role="alert">{t("failed", { message: refusal(notifications.error) })}</p>;
  if (notifications.data.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <ul className="space-y-2" aria-label={t("list")}>
      {notifications.data.map((notification) => {
        const what = t(`type.${undotted(notification.type as NotificationType)}`);
        const when = [
          t("attempts", { count: notification.attempts }),
          notification.sentAt ? t("sentAt", { time: format.dateTime(notification.sentAt, timezone) }) : null,
          notification.state === "pending" && notification.attempts > 0 ? t("nextTry", { time: format.dateTime(notification.nextAttemptAt, timezone) }) : null,
        ];
        return (
          <li key={notification.id} className="rounded-lg border border-line px-3 py-2 text-sm">
            <p className="flex justify-between gap-2">
              <strong>{what}</strong>
              <span className={notification.state === "dead" ? "font-bold text-late-line" : ""}>{t(`state.${notification.state}`)}</span>
            </p>
            <p className="text-muted">{when.filter(Boolean).join(" · ")}</p>
            {notification.lastError && notification.state !== "sent" && <p>{t("lastError", { error: notification.lastError })}</p>}
            {canManage && notification.state === "dead" && (
              <Button className="mt-1" disabled={retry.isPending} onClick={() => retry.mutate({ notificationId: notification.id })}>
                {t("retry", { what: what.toLowerCase() })}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
