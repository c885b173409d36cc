"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Modal } from "@/components/ui/modal";
import { PREP_MINUTE_CHOICES, ZPrepMinutes } from "@/server/domain/prep-time";
import { Input } from "@/components/ui/field";

type PrepTimeDialogProps = {
  title: string;
  submitLabel: string;
  initialMinutes?: number;
  /** Said above the choices: why the first choice is what it is. */
  note?: string;
  onSubmit: (prepMinutes: number) => void;
  onClose: () => void;
};

/** A prep time in one tap (accepting, or quoting anew); "Custom" takes any whole number of minutes. */
export function PrepTimeDialog({ title, submitLabel, initialMinutes = 15, note, onSubmit, onClose }: PrepTimeDialogProps) {
  const [choice, setChoice] = useState<number | "custom">((PREP_MINUTE_CHOICES as readonly number[]).includes(initialMinutes) ? initialMinutes : "custom");
  const [custom, setCustom] = useState((PREP_MINUTE_CHOICES as readonly number[]).includes(initialMinutes) ? "" : String(initialMinutes));
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const t = useTranslations("prep");

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = ZPrepMinutes.safeParse(choice === "custom" ? Number(custom || Number.NaN) : choice);
    if (!parsed.success) {
      setError(t("invalid"));
      return;
    }
    onSubmit(parsed.data);
  }

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        {note && <p className="rounded-lg bg-warn-bg px-3 py-2 font-semibold">{note}</p>}
        <fieldset>
          <legend className="mb-2 font-semibold">{t("legend")}</legend>
          <div className="grid grid-cols-3 gap-2">
            {[...PREP_MINUTE_CHOICES, "custom" as const].map((value) => (
              <label
                key={value}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent has-checked:bg-accent has-checked:text-accent-fg"
              >
                <input
                  type="radio"
                  name="prep"
                  className="h-5 w-5"
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                />
                {value === "custom" ? t("custom") : t("minutes", { minutes: value })}
              </label>
            ))}
          </div>
        </fieldset>
        {choice === "custom" && (
          <label className="block">
            <span className="font-semibold">{t("customMinutes")}</span>
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              autoFocus
              value={custom}
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setCustom(event.target.value);
                setError(null);
              }}
            />
          </label>
        )}
        {error && (
          <p id={errorId} className="text-sm font-semibold text-late-line">
            {error}
          </p>
        )}
        <DialogActions submitLabel={submitLabel} onBack={onClose} />
      </form>
    </Modal>
  );
}
