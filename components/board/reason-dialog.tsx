"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Modal } from "@/components/ui/modal";
import { REASON_CODES, ZReason, type Reason, type ReasonCode } from "@/server/domain/reason-codes";
import type { BoardOrder } from "./types";

type ReasonDialogProps = {
  order: BoardOrder;
  /** The dialog is the confirmation, so it names what it will do. */
  verb: "deny" | "cancel";
  onConfirm: (reason: Reason) => void;
  onClose: () => void;
};

export function ReasonDialog({ order, verb, onConfirm, onClose }: ReasonDialogProps) {
  const [code, setCode] = useState<ReasonCode | null>(null);
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<{ code?: string; message?: string }>({});
  const codeErrorId = useId();
  const messageErrorId = useId();
  const t = useTranslations();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!code) {
      setErrors({ code: t("reasonDialog.choose") });
      return;
    }
    const parsed = ZReason.safeParse({ code, message });
    if (!parsed.success) {
      // The schema refuses only one thing here: Other without a message.
      setErrors({ message: t("reasonDialog.otherNeedsMessage") });
      return;
    }
    onConfirm(parsed.data);
  }

  return (
    <Modal title={t(`reasonDialog.${verb}Title`, { code: order.shortCode })} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <fieldset aria-describedby={errors.code ? codeErrorId : undefined}>
          <legend className="mb-2 font-semibold">{t("reasonDialog.legend")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {REASON_CODES.map((value) => (
              <label
                key={value}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent has-checked:bg-accent has-checked:text-accent-fg"
              >
                <input
                  type="radio"
                  name="reason"
                  className="h-5 w-5"
                  checked={code === value}
                  onChange={() => {
                    setCode(value);
                    setErrors({});
                  }}
                />
                {t(`labels.reason.${value}`)}
              </label>
            ))}
          </div>
          {errors.code && (
            <p id={codeErrorId} className="mt-1 text-sm font-semibold text-late-line">
              {errors.code}
            </p>
          )}
        </fieldset>
        <label className="block">
          <span className="font-semibold">{t("reasonDialog.message", { required: code === "OTHER" ? "yes" : "no" })}</span>
          <textarea
            value={message}
            rows={3}
            maxLength={500}
            aria-invalid={errors.message !== undefined}
            aria-describedby={errors.message ? messageErrorId : undefined}
            onChange={(event) => {
              setMessage(event.target.value);
              setErrors({});
            }}
            className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2"
          />
        </label>
        {errors.message && (
          <p id={messageErrorId} role="alert" className="text-sm font-semibold text-late-line">
            {errors.message}
          </p>
        )}
        <DialogActions backLabel={t("reasonDialog.keep")} submitLabel={t(`reasonDialog.${verb}`)} onBack={onClose} destructive />
      </form>
    </Modal>
  );
}
