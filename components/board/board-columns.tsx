"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/server/domain/order-status";

const PHONE = "(max-width: 639px)";

function subscribe(changed: () => void) {
  const query = window.matchMedia(PHONE);
  query.addEventListener("change", changed);
  return () => query.removeEventListener("change", changed);
}

/** Whether the screen is phone-wide (under 640 px): too narrow for four columns side by side. */
function usePhoneWidth() {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

export type ColumnView = { status: OrderStatus; count: number; content: ReactNode };

/** The board's four columns side by side; on a phone, one at a time under a tab per status with its count. */
export function BoardColumns({ columns }: { columns: ColumnView[] }) {
  const phone = usePhoneWidth();
  const t = useTranslations();
  const [shown, setShown] = useState<string>(columns[0]!.status);
  if (!phone) return <main className="grid min-h-0 flex-1 grid-cols-4 gap-2 p-2">{columns.map(({ content }) => content)}</main>;
  return (
    <Tabs.Root value={shown} onValueChange={setShown} asChild>
      <main className="flex min-h-0 flex-1 flex-col">
        <Tabs.List aria-label={t("board.columns")} className="grid shrink-0 grid-cols-4 gap-1 px-2 pt-2">
          {columns.map(({ status, count }) => (
            <Tabs.Trigger
              key={status}
              value={status}
              className="min-h-11 rounded-lg border border-line px-1 text-sm font-semibold data-[state=active]:border-accent data-[state=active]:bg-accent data-[state=active]:text-accent-fg"
            >
              {t(`labels.status.${status}`)} {count}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {columns.map(({ status, content }) => (
          <Tabs.Content key={status} value={status} className="flex min-h-0 flex-1 flex-col p-2">
            {content}
          </Tabs.Content>
        ))}
      </main>
    </Tabs.Root>
  );
}
