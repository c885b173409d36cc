"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Modal } from "@/components/ui/modal";
import { useFormat } from "@/components/ui/use-format";
import { CART_REASON_CODES, ZCartReason, parseAmount, type CartChange, type CartReason } from "@/server/domain/cart";
import { useOrderWords } from "./order-words";
import type { BoardOrder } from "./types";
import { Input, TextArea } from "@/components/ui/field";

type Item = BoardOrder["items"][number];
export type CartEdit = { mode: "add" } | { mode: "substitute" | "quantity" | "remove" | "note"; item: Item };


type Errors = Partial<Record<"name" | "quantity" | "price" | "reason" | "message", string>>;

/** One cart change with its reason: what the order detail's item controls open. */
export function CartChangeDialog({ order, edit, onSubmit, onClose }: { order: BoardOrder; edit: CartEdit; onSubmit: (change: CartChange, reason: CartReason) => void; onClose: () => void }) {
  const item = edit.mode === "add" ? null : edit.item;
  const words = useOrderWords();
  const [name, setName] = useState("");
  const [quantity, setQuantity] = useState(String(item && edit.mode === "quantity" ? item.quantity : 1));
  const [price, setPrice] = useState(item && edit.mode === "substitute" ? (item.unitPriceCents / 100).toFixed(2) : "");
  const [note, setNote] = useState(item?.specialInstructions ?? "");
  const [code, setCode] = useState<CartReason["code"] | null>(edit.mode === "substitute" ? "substitution" : null);
  const [message, setMessage] = useState("");
  const carried = item ? [...item.modifiers.map(words.modifier), ...(item.specialInstructions ? [`“${item.specialInstructions}”`] : [])] : [];
  const [keepExtras, setKeepExtras] = useState(true);
  const [errors, setErrors] = useState<Errors>({});
  const errorId = useId();
  const t = useTranslations("cart");
  const format = useFormat();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const wantsItem = edit.mode === "add" || edit.mode === "substitute";
    const count = Number(quantity);
    const cents = parseAmount(price);
    if (wantsItem && !name.trim()) found.name = t("nameMissing");
    if ((wantsItem || edit.mode === "quantity") && !(Number.isInteger(count) && count >= 1 && count <= 999)) found.quantity = t("quantityInvalid");
    if (wantsItem && cents === null) found.price = t("priceInvalid");
    if (!code) found.reason = t("chooseReason");
    const reason = ZCartReason.safeParse({ code, message });
    // The schema refuses only one thing here: Other without a message.
    if (code && !reason.success) found.message = t("otherNeedsMessage");
    setErrors(found);
    if (Object.keys(found).length > 0 || !reason.success) return;
    const newItem = { name: name.trim(), quantity: count, unit_price_cents: cents ?? 0 };
    const change: CartChange =
      edit.mode === "add"
        ? { op: "add", item: { ...newItem, modifiers: [] } }
        : edit.mode === "substitute"
          ? // Left out, the line's modifiers and note carry over to the substitute.
            { op: "substitute", item_id: edit.item.id, item: keepExtras ? newItem : { ...newItem, modifiers: [], special_instructions: "" } }
          : edit.mode === "quantity"
            ? { op: "quantity", item_id: edit.item.id, quantity: count }
            : edit.mode === "remove"
              ? { op: "remove", item_id: edit.item.id }
              : { op: "instructions", item_id: edit.item.id, special_instructions: note };
    onSubmit(change, reason.data);
  }

  const error = (key: keyof Errors) => errors[key] && <span className="block text-sm font-semibold text-late-line">{errors[key]}</span>;
  return (
    <Modal title={t("title", { mode: edit.mode, line: item ? `${item.quantity} × ${item.name}` : "none", code: order.shortCode })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="grid gap-3">
        {(edit.mode === "add" || edit.mode === "substitute") && (
          <>
            <label>
              {edit.mode === "add" ? t("item") : t("substituteWith")}
              <Input value={name} aria-invalid={!!errors.name} onChange={(e) => setName(e.target.value)} />
              {error("name")}
            </label>
            <label>
              {t("unitPrice", { currency: order.currency })}
              <Input inputMode="decimal" value={price} aria-invalid={!!errors.price} onChange={(e) => setPrice(e.target.value)} />
              {error("price")}
            </label>
          </>
        )}
        {edit.mode === "substitute" && carried.length > 0 && (
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" className="h-5 w-5" checked={keepExtras} onChange={(e) => setKeepExtras(e.target.checked)} />
            {t("keep", { extras: carried.join(" · ") })}
          </label>
        )}
        {(edit.mode === "add" || edit.mode === "substitute" || edit.mode === "quantity") && (
          <label>
            {t("quantity")}
            <Input type="number" min={1} max={999} value={quantity} aria-invalid={!!errors.quantity} onChange={(e) => setQuantity(e.target.value)} />
            {error("quantity")}
          </label>
        )}
        {edit.mode === "note" && (
          <label>
            {t("instructions")}
            <TextArea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
        )}
        {edit.mode === "remove" && item && (
          <p>
            {t("removeNote", { line: `${item.quantity} × ${item.name}`, amount: format.money(item.quantity * item.unitPriceCents, order.currency) })}
          </p>
        )}
        <fieldset aria-describedby={errors.reason ? errorId : undefined}>
          <legend className="font-semibold">{t("reason")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {CART_REASON_CODES.map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent">
                <input type="radio" name="cart-reason" className="h-5 w-5" checked={code === value} onChange={() => setCode(value)} />
                {t(`reasons.${value}`)}
              </label>
            ))}
          </div>
          {errors.reason && (
            <span id={errorId} className="text-sm font-semibold text-late-line">
              {errors.reason}
            </span>
          )}
        </fieldset>
        <label>
          {t("message", { required: code === "other" ? "yes" : "no" })}
          <Input value={message} maxLength={500} aria-invalid={!!errors.message} onChange={(e) => setMessage(e.target.value)} />
          {error("message")}
        </label>
        <DialogActions submitLabel={t("save")} onBack={onClose} />
      </form>
    </Modal>
  );
}
