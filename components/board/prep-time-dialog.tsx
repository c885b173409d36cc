"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Choice, Field, Input } from "@/components/ui/field";
import { Modal } from "@/components/ui/modal";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { PREP_CHOICES, prepFormValues, prepTimeForm, type PrepFormValues } from "./prep-time-form";

type PrepTimeDialogProps = {
  title: string;
  submitLabel: string;
  initialMinutes?: number;
  /** Said above the choices: why the first choice is what it is. */
  note?: string;
  onSubmit: (prepMinutes: number) => void;
  onClose: () => void;
};

/** A prep time in one tap (accepting, or quoting anew); "Custom" takes any whole number of minutes the server accepts. */
export function PrepTimeDialog({ title, submitLabel, initialMinutes = 15, note, onSubmit, onClose }: PrepTimeDialogProps) {
  const t = useTranslations("prep");
  const form = useForm<PrepFormValues, unknown, number>({ resolver: useFormResolver(prepTimeForm(t("invalid"))), defaultValues: prepFormValues(initialMinutes) });
  const choice = useWatch({ control: form.control, name: "choice" });

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate>
        {note && <p className="rounded-lg bg-warn-bg px-3 py-2 font-semibold">{note}</p>}
        <fieldset>
          <legend className="mb-2 font-semibold">{t("legend")}</legend>
          <div className="grid grid-cols-3 gap-2">
            {PREP_CHOICES.map((value) => (
              <Choice key={value}>
                <input type="radio" className="h-5 w-5" value={value} {...form.register("choice")} />
                {value === "custom" ? t("custom") : t("minutes", { minutes: Number(value) })}
              </Choice>
            ))}
          </div>
        </fieldset>
        {choice === "custom" && (
          <Field label={<span className="font-semibold">{t("customMinutes")}</span>} error={form.formState.errors.custom?.message}>
            <Input type="number" inputMode="numeric" min={1} max={240} autoFocus {...form.register("custom")} />
          </Field>
        )}
        <DialogActions submitLabel={submitLabel} onBack={onClose} />
      </form>
    </Modal>
  );
}
