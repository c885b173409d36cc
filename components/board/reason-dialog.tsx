"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Choice, Field, FormError, TextArea } from "@/components/ui/field";
import { Modal } from "@/components/ui/modal";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { REASON_CODES, reasonSchema, type Reason } from "@/server/domain/reason-codes";
import type { BoardOrder } from "./types";

type ReasonDialogProps = {
  order: BoardOrder;
  /** The dialog is the confirmation, so it names what it will do. */
  verb: "deny" | "cancel";
  onConfirm: (reason: Reason) => void;
  onClose: () => void;
};

/** Why the store denies or cancels an order, checked by the server's own rule before it is sent. */
export function ReasonDialog({ order, verb, onConfirm, onClose }: ReasonDialogProps) {
  const t = useTranslations();
  const schema = reasonSchema({ chooseReason: t("reasonDialog.choose"), otherNeedsMessage: t("reasonDialog.otherNeedsMessage") });
  const form = useForm<z.input<typeof schema>, unknown, Reason>({ resolver: useFormResolver(schema), defaultValues: { code: undefined, message: "" } });
  const { errors } = form.formState;
  const code = useWatch({ control: form.control, name: "code" });

  return (
    <Modal title={t(`reasonDialog.${verb}Title`, { code: order.shortCode })} onClose={onClose}>
      <form onSubmit={form.handleSubmit(onConfirm)} className="space-y-4" noValidate>
        <fieldset>
          <legend className="mb-2 font-semibold">{t("reasonDialog.legend")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {REASON_CODES.map((value) => (
              <Choice key={value}>
                <input type="radio" className="h-5 w-5" value={value} {...form.register("code")} />
                {t(`labels.reason.${value}`)}
              </Choice>
            ))}
          </div>
          <FormError message={errors.code?.message} className="mt-1 text-sm" />
        </fieldset>
        <Field label={<span className="font-semibold">{t("reasonDialog.message", { required: code === "OTHER" ? "yes" : "no" })}</span>} error={errors.message?.message}>
          <TextArea rows={3} maxLength={500} {...form.register("message")} />
        </Field>
        <DialogActions backLabel={t("reasonDialog.keep")} submitLabel={t(`reasonDialog.${verb}`)} onBack={onClose} destructive />
      </form>
    </Modal>
  );
}
