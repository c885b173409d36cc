"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Choice, Field, FormError, Input, TextArea } from "@/components/ui/field";
import { Modal } from "@/components/ui/modal";
import { useFormat } from "@/components/ui/use-format";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { CART_REASON_CODES, type CartChange, type CartReason } from "@/server/domain/cart";
import { cartChangeForm, cartFormValues, type CartEdit, type CartFormValues } from "./cart-change-form";
import { useOrderWords } from "./order-words";
import type { BoardOrder } from "./types";

export type { CartEdit } from "./cart-change-form";

/** One cart change with its reason: what the order detail's item controls open. */
export function CartChangeDialog({ order, edit, onSubmit, onClose }: { order: BoardOrder; edit: CartEdit; onSubmit: (change: CartChange, reason: CartReason) => void; onClose: () => void }) {
  const item = edit.mode === "add" ? null : edit.item;
  const words = useOrderWords();
  const t = useTranslations("cart");
  const format = useFormat();
  const schema = cartChangeForm(edit, { nameMissing: t("nameMissing"), quantityInvalid: t("quantityInvalid"), priceInvalid: t("priceInvalid"), chooseReason: t("chooseReason"), otherNeedsMessage: t("otherNeedsMessage") });
  const form = useForm<CartFormValues, unknown, z.output<typeof schema>>({ resolver: useFormResolver(schema), defaultValues: cartFormValues(edit) });
  const { errors } = form.formState;
  const code = useWatch({ control: form.control, name: "reason.code" });
  const carried = item ? [...item.modifiers.map(words.modifier), ...(item.specialInstructions ? [`“${item.specialInstructions}”`] : [])] : [];

  return (
    <Modal title={t("title", { mode: edit.mode, line: item ? `${item.quantity} × ${item.name}` : "none", code: order.shortCode })} onClose={onClose}>
      <form onSubmit={form.handleSubmit(({ change, reason }) => onSubmit(change, reason))} noValidate className="grid gap-3">
        {(edit.mode === "add" || edit.mode === "substitute") && (
          <>
            <Field label={edit.mode === "add" ? t("item") : t("substituteWith")} error={errors.name?.message}>
              <Input {...form.register("name")} />
            </Field>
            <Field label={t("unitPrice", { currency: order.currency })} error={errors.price?.message}>
              <Input inputMode="decimal" {...form.register("price")} />
            </Field>
          </>
        )}
        {edit.mode === "substitute" && carried.length > 0 && (
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" className="h-5 w-5" {...form.register("keepExtras")} />
            {t("keep", { extras: carried.join(" · ") })}
          </label>
        )}
        {(edit.mode === "add" || edit.mode === "substitute" || edit.mode === "quantity") && (
          <Field label={t("quantity")} error={errors.quantity?.message}>
            <Input type="number" min={1} max={999} {...form.register("quantity")} />
          </Field>
        )}
        {edit.mode === "note" && (
          <Field label={t("instructions")} error={errors.note?.message}>
            <TextArea rows={2} maxLength={500} {...form.register("note")} />
          </Field>
        )}
        {edit.mode === "remove" && item && (
          <p>
            {t("removeNote", { line: `${item.quantity} × ${item.name}`, amount: format.money(item.quantity * item.unitPriceCents, order.currency) })}
          </p>
        )}
        <fieldset>
          <legend className="font-semibold">{t("reason")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {CART_REASON_CODES.map((value) => (
              <Choice key={value}>
                <input type="radio" className="h-5 w-5" value={value} {...form.register("reason.code")} />
                {t(`reasons.${value}`)}
              </Choice>
            ))}
          </div>
          <FormError message={errors.reason?.code?.message} className="text-sm" />
        </fieldset>
        <Field label={t("message", { required: code === "other" ? "yes" : "no" })} error={errors.reason?.message?.message}>
          <Input maxLength={500} {...form.register("reason.message")} />
        </Field>
        <DialogActions submitLabel={t("save")} onBack={onClose} />
      </form>
    </Modal>
  );
}
