"use client";

import { useTranslations } from "next-intl";
import { formatAge } from "@/components/ui/format";
import { useFormat } from "@/components/ui/use-format";
import { useNow } from "@/components/ui/use-now";
import type { Connection } from "./use-board-feed";

/** The header's word for whether the board is hearing its server: Live only while it is. */
export function ConnectionStatus({ connection }: { connection: Connection }) {
  const t = useTranslations("connection");
  return (
    <p role="status" className="flex items-center gap-2 text-sm font-semibold">
      <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${connection.state === "live" ? "bg-ok" : connection.state === "connecting" ? "bg-warn-line" : "bg-late-line"}`} />
      {t(connection.state)}
    </p>
  );
}

/** Across the board while it cannot hear its server: since when, and how old what it shows may be, counting. */
export function DisconnectedBar({ connection, timezone }: { connection: Connection; timezone: string }) {
  const now = useNow(1_000);
  const t = useTranslations("connection");
  const format = useFormat();
  if (connection.state !== "disconnected") return null;
  return (
    <div role="alert" className="shrink-0 bg-late-line px-4 py-2 text-center font-bold text-late-fg">
      {connection.since !== null ? t("since", { time: format.clock(connection.since, timezone) }) : t("sinceUnknown")}
      {connection.lastUpdateAt !== null && t("lastUpdate", { age: formatAge(now - connection.lastUpdateAt) })}
    </div>
  );
}
