"use client";

import { useTranslations } from "next-intl";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";

export type MenuEntry = { label: string; onSelect: () => void; danger?: boolean };

/** Everything on a card besides its one primary action: Radix gives the menu its keys, focus and roles. */
export function CardMenu({ orderCode, entries }: { orderCode: string; entries: MenuEntry[] }) {
  const t = useTranslations("common");
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="min-h-11 min-w-11 rounded-lg border border-line px-3 text-sm font-semibold" aria-label={t("moreActions", { code: orderCode })}>
          {t("more")}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-50 min-w-48 rounded-xl border border-line bg-panel p-1 shadow-2xl">
          {entries.map((entry) => (
            <DropdownMenu.Item
              key={entry.label}
              onSelect={entry.onSelect}
              className={`flex min-h-11 cursor-pointer items-center rounded-lg px-3 text-base outline-none data-highlighted:bg-card ${entry.danger ? "font-semibold text-late-line" : ""}`}
            >
              {entry.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
