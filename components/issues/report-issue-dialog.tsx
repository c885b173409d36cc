"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Modal } from "@/components/ui/modal";
import { parseAmount } from "@/server/domain/cart";
import { DEFAULT_PRIORITY, ISSUE_PRIORITIES, ISSUE_TYPES, type IssuePriority, type IssueType } from "@/server/domain/order-issue";
import type { BoardOrder } from "@/components/board/types";
import { buttonClass } from "@/components/ui/button";
import { FormError, Input, Select, TextArea } from "@/components/ui/field";

const MAX_FILES = 5;
type Errors = Partial<Record<"type" | "description" | "refund" | "files" | "items" | "form", string>>;

/** Staff report a problem with an order: what kind, how pressing, which lines, a refund, and photos. */
export function ReportIssueDialog({ order, onClose, onReported }: { order: BoardOrder; onClose: () => void; onReported: (message: string) => void }) {
  const trpc = useTRPC();
  const t = useTranslations("report");
  const labels = useTranslations("labels");
  const [type, setType] = useState<IssueType | null>(null);
  const [chosenPriority, setChosenPriority] = useState<IssuePriority | null>(null);
  const [description, setDescription] = useState("");
  const [affected, setAffected] = useState<Record<number, number>>({});
  const [refund, setRefund] = useState("");
  const [picked, setPicked] = useState<File[]>([]);
  // Photos taken with the tablet's camera, kept beside the files picked.
  const [taken, setTaken] = useState<File[]>([]);
  const files = [...picked, ...taken];
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  /** The issue once it is filed: a second tap after a refused file adds files to it, never a second issue. */
  const [filed, setFiled] = useState<{ id: number } | null>(null);
  const priority = chosenPriority ?? (type ? DEFAULT_PRIORITY[type] : "medium");
  const report = useMutation(trpc.issues.report.mutationOptions());

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!type) found.type = t("chooseType");
    if (!description.trim()) found.description = t("describe");
    const refundCents = refund.trim() ? parseAmount(refund) : null;
    if (refund.trim() && refundCents === null) found.refund = t("refundInvalid");
    if (files.length > MAX_FILES) found.files = t("tooManyFiles", { max: MAX_FILES });
    setErrors(found);
    if (Object.keys(found).length > 0 || !type) return;
    setSending(true);
    try {
      const issueId =
        filed?.id ??
        (
          await report.mutateAsync({
            id: order.id,
            type,
            priority,
            description,
            refund_cents: refundCents,
            affected_items: Object.entries(affected).map(([itemId, quantity]) => ({ item_id: Number(itemId), quantity })),
          })
        ).issue.id;
      setFiled({ id: issueId });
      const refused: string[] = [];
      for (const file of files) {
        const form = new FormData();
        form.set("file", file);
        const response = await fetch(`/api/issues/${issueId}/attachments`, { method: "POST", body: form });
        if (!response.ok) refused.push(`${file.name}: ${((await response.json()) as { error: { message: string } }).error.message}`);
      }
      if (refused.length > 0) {
        setPicked([]);
        setTaken([]);
        setErrors({ files: t("filesRefused", { refused: refused.join(" ") }) });
        return;
      }
      onReported(t("reported", { code: order.shortCode }));
    } catch (error) {
      const problems = (error as { data?: { problems?: { path: (string | number)[]; message: string }[] } }).data?.problems;
      setErrors(
        problems?.length
          ? { items: problems.filter((p) => p.path[0] === "affected_items").map((p) => p.message).join(" ") || undefined, refund: problems.find((p) => p.path[0] === "refund_cents")?.message }
          : { form: (error as Error).message },
      );
    } finally {
      setSending(false);
    }
  }

  const error = (key: keyof Errors) => errors[key] && <span className="block text-sm font-semibold text-late-line">{errors[key]}</span>;
  return (
    <Modal title={t("title", { code: order.shortCode })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="grid gap-3">
        {filed && <p className="font-semibold">{t("filed", { id: filed.id })}</p>}
        <fieldset disabled={filed !== null} className="grid gap-3">
          <fieldset>
            <legend className="font-semibold">{t("what")}</legend>
            <div className="grid grid-cols-2 gap-2">
              {ISSUE_TYPES.map((value) => (
                <label key={value} className="flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent">
                  <input type="radio" name="issue-type" className="h-5 w-5" checked={type === value} onChange={() => setType(value)} />
                  {labels(`issueType.${value}`)}
                </label>
              ))}
            </div>
            {error("type")}
          </fieldset>
          <label>
            {t("priority")}
            <Select value={priority} onChange={(e) => setChosenPriority(e.target.value as IssuePriority)}>
              {ISSUE_PRIORITIES.map((value) => (
                <option key={value} value={value}>
                  {labels(`priority.${value}`)}
                </option>
              ))}
            </Select>
          </label>
          <label>
            {t("description")}
            <TextArea rows={3} maxLength={2000} value={description} aria-invalid={!!errors.description} onChange={(e) => setDescription(e.target.value)} />
            {error("description")}
          </label>
          <fieldset>
            <legend className="font-semibold">{t("affected")}</legend>
            {order.items
              .filter((item) => item.removedAt === null)
              .map((item) => (
                <div key={item.id} className="flex items-center gap-3">
                  <label className="flex min-h-11 flex-1 items-center gap-2">
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      checked={item.id in affected}
                      onChange={(e) =>
                        setAffected((current) => {
                          const next = { ...current };
                          if (e.target.checked) next[item.id] = item.quantity;
                          else delete next[item.id];
                          return next;
                        })
                      }
                    />
                    {item.quantity} × {item.name}
                  </label>
                  {item.id in affected && (
                    <label className="text-sm">
                      {t("howMany")}
                      <input
                        type="number"
                        min={1}
                        max={item.quantity}
                        className="ml-2 min-h-11 w-20 rounded-lg border border-line bg-card px-2"
                        value={affected[item.id]}
                        onChange={(e) => setAffected((current) => ({ ...current, [item.id]: Number(e.target.value) }))}
                      />
                    </label>
                  )}
                </div>
              ))}
            {error("items")}
          </fieldset>
          <label>
            {t("refund", { currency: order.currency })}
            <Input inputMode="decimal" value={refund} aria-invalid={!!errors.refund} onChange={(e) => setRefund(e.target.value)} />
            {error("refund")}
          </label>
        </fieldset>
        <label>
          {t("files", { max: MAX_FILES })}
          <Input
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,application/pdf"
            className="py-2"
            onChange={(e) => setPicked([...(e.target.files ?? [])])}
          />
          {error("files")}
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <label className={buttonClass("quiet", "cursor-pointer")}>
            {t("takePhoto")}
            <input type="file" accept="image/*" capture="environment" className="sr-only" onChange={(e) => setTaken((current) => [...current, ...(e.target.files ?? [])])} />
          </label>
          {taken.length > 0 && <span role="status">{t("photosTaken", { count: taken.length })}</span>}
        </div>
        <FormError message={errors.form} />
        <DialogActions submitLabel={sending ? t("sending") : filed ? t("addFiles") : t("submit")} onBack={onClose} />
      </form>
    </Modal>
  );
}
