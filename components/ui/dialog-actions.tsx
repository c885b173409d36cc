"use client";

import { useTranslations } from "next-intl";

/** The foot of a form in a dialog: a way back, and the one thing the dialog does. */
export function DialogActions({ backLabel, submitLabel, onBack, destructive = false }: { backLabel?: string; submitLabel: string; onBack: () => void; destructive?: boolean }) {
  const t = useTranslations("common");
  return (
    <div className="flex justify-end gap-2">
      <button type="button" className="min-h-11 rounded-lg border border-line px-4" onClick={onBack}>
        {backLabel ?? t("back")}
      </button>
      <button type="submit" className={`min-h-11 rounded-lg px-4 font-semibold ${destructive ? "bg-late-line text-late-fg" : "bg-accent text-accent-fg"}`}>
        {submitLabel}
      </button>
    </div>
  );
}
