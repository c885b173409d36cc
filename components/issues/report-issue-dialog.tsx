"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/trpc/react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Modal } from "@/components/ui/modal";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { useRefusalText } from "@/components/ui/use-refusal-text";
import { DEFAULT_PRIORITY, ISSUE_PRIORITIES, ISSUE_TYPES, type IssueType } from "@/server/domain/order-issue";
import type { BoardOrder } from "@/components/board/types";
import { buttonClass } from "@/components/ui/button";
import { Choice, Field, FormError, Input, Select, TextArea } from "@/components/ui/field";
import { MAX_FILES, reportFormValues, reportIssueForm, type ReportFormValues } from "./report-issue-form";

type Problem = { path: (string | number)[]; message: string };

/** Staff report a problem with an order: what kind, how pressing, which lines, a refund, and photos. */
export function ReportIssueDialog({ order, onClose, onReported }: { order: BoardOrder; onClose: () => void; onReported: (message: string) => void }) {
  const trpc = useTRPC();
  const t = useTranslations("report");
  const labels = useTranslations("labels");
  const refusal = useRefusalText();
  const lines = order.items.filter((item) => item.removedAt === null);
  const schema = reportIssueForm(lines, {
    chooseType: t("chooseType"),
    describe: t("describe"),
    refundInvalid: t("refundInvalid"),
    tooManyFiles: t("tooManyFiles", { max: MAX_FILES }),
    howManyInvalid: (max) => t("howManyInvalid", { max }),
  });
  const form = useForm<ReportFormValues, unknown, z.output<typeof schema>>({ resolver: useFormResolver(schema), defaultValues: reportFormValues(lines) });
  const { errors, isSubmitting } = form.formState;
  const [ticked, taken] = useWatch({ control: form.control, name: ["lines", "taken"] });
  /** The issue once it is filed: a second tap after a refused file adds files to it, never a second issue. */
  const [filed, setFiled] = useState<{ id: number } | null>(null);
  const report = useMutation(trpc.issues.report.mutationOptions());

  const submit = form.handleSubmit(async ({ issue, files }) => {
    let issueId = filed?.id;
    if (issueId === undefined) {
      try {
        issueId = (await report.mutateAsync({ id: order.id, ...issue })).issue.id;
      } catch (error) {
        const problems = (error as { data?: { problems?: Problem[] } }).data?.problems ?? [];
        const about = (field: string) => problems.filter((problem) => problem.path[0] === field).map((problem) => problem.message).join(" ");
        if (about("affected_items")) form.setError("lines", { message: about("affected_items") });
        if (about("refund_cents")) form.setError("refund", { message: about("refund_cents") });
        if (!about("affected_items") && !about("refund_cents")) form.setError("root", { message: refusal(error as Error) });
        return;
      }
      setFiled({ id: issueId });
    }
    const refused: string[] = [];
    for (const file of files) {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/issues/${issueId}/attachments`, { method: "POST", body });
      if (!response.ok) refused.push(`${file.name}: ${((await response.json()) as { error: { message: string } }).error.message}`);
    }
    if (refused.length > 0) {
      form.setValue("picked", []);
      form.setValue("taken", []);
      form.setError("picked", { message: t("filesRefused", { refused: refused.join(" ") }) });
      return;
    }
    onReported(t("reported", { code: order.shortCode }));
  });

  const typeField = form.register("type", {
    // The priority follows the kind of problem until someone chooses one.
    onChange: (event: { target: { value: IssueType } }) => {
      if (!form.getFieldState("priority").isDirty) form.setValue("priority", DEFAULT_PRIORITY[event.target.value]);
    },
  });
  return (
    <Modal title={t("title", { code: order.shortCode })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="grid gap-3">
        {filed && <p className="font-semibold">{t("filed", { id: filed.id })}</p>}
        <fieldset disabled={filed !== null} className="grid gap-3">
          <fieldset>
            <legend className="font-semibold">{t("what")}</legend>
            <div className="grid grid-cols-2 gap-2">
              {ISSUE_TYPES.map((value) => (
                <Choice key={value}>
                  <input type="radio" className="h-5 w-5" value={value} {...typeField} />
                  {labels(`issueType.${value}`)}
                </Choice>
              ))}
            </div>
            <FormError message={errors.type?.message} className="text-sm" />
          </fieldset>
          <Field label={t("priority")}>
            <Select {...form.register("priority")}>
              {ISSUE_PRIORITIES.map((value) => (
                <option key={value} value={value}>
                  {labels(`priority.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("description")} error={errors.description?.message}>
            <TextArea rows={3} maxLength={2000} {...form.register("description")} />
          </Field>
          <fieldset>
            <legend className="font-semibold">{t("affected")}</legend>
            {lines.map((item, index) => (
              <div key={item.id} className="flex items-center gap-3">
                <label className="flex min-h-11 flex-1 items-center gap-2">
                  <input type="checkbox" className="h-5 w-5" {...form.register(`lines.${index}.on`)} />
                  {item.quantity} × {item.name}
                </label>
                {ticked?.[index]?.on && (
                  <Field label={t("howMany")} error={errors.lines?.[index]?.quantity?.message} className="w-28 text-sm">
                    <Input type="number" min={1} max={item.quantity} {...form.register(`lines.${index}.quantity`)} />
                  </Field>
                )}
              </div>
            ))}
            <FormError message={errors.lines?.message} className="text-sm" />
          </fieldset>
          <Field label={t("refund", { currency: order.currency })} error={errors.refund?.message}>
            <Input inputMode="decimal" {...form.register("refund")} />
          </Field>
        </fieldset>
        <Field label={t("files", { max: MAX_FILES })} error={errors.picked?.message}>
          <Input type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" className="py-2" onChange={(e) => form.setValue("picked", [...(e.target.files ?? [])])} />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <label className={buttonClass("quiet", "cursor-pointer")}>
            {t("takePhoto")}
            <input type="file" accept="image/*" capture="environment" className="sr-only" onChange={(e) => form.setValue("taken", [...form.getValues("taken"), ...(e.target.files ?? [])])} />
          </label>
          {taken && taken.length > 0 && <span role="status">{t("photosTaken", { count: taken.length })}</span>}
        </div>
        <FormError message={errors.root?.message} />
        <DialogActions submitLabel={isSubmitting ? t("sending") : filed ? t("addFiles") : t("submit")} onBack={onClose} />
      </form>
    </Modal>
  );
}
