"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The foot of a form in a dialog: a way back, and the one thing the dialog does. */
export function DialogActions({ backLabel, submitLabel, onBack, destructive = false }: { backLabel?: string; submitLabel: string; onBack: () => void; destructive?: boolean }) {
  const t = useTranslations("common");
  return (
    <div className="flex justify-end gap-2">
      <Button onClick={onBack}>
        {backLabel ?? t("back")}
      </Button>
      <Button type="submit" look={destructive ? "danger" : "primary"}>
        {submitLabel}
      </Button>
    </div>
  );
}
