"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/trpc/react";
import { mentionsAllergy } from "@/server/domain/modifiers";
import { Note } from "./note";
import type { OrderDetail } from "./types";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormError, TextArea } from "@/components/ui/field";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { useRefusalText } from "@/components/ui/use-refusal-text";
import { ZCustomerNotes } from "@/server/domain/customer";

/**
 * The store's record of the customer, where staff cannot miss it: "3rd order · note: peanut allergy".
 * Managers keep the note and open the customer's orders.
 */
export function CustomerRecord({ customer, orderId, canManage }: { customer: NonNullable<OrderDetail["customer"]>; orderId: number; canManage: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("customer");
  const refusal = useRefusalText();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const form = useForm<z.input<typeof ZCustomerNotes>, unknown, z.output<typeof ZCustomerNotes>>({ resolver: useFormResolver(ZCustomerNotes), defaultValues: { notes: customer.notes } });
  const save = useMutation(
    trpc.customers.setNotes.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        void queryClient.invalidateQueries({ queryKey: trpc.orders.detail.queryKey({ id: orderId }) });
      },
    }),
  );
  const summary = customer.notes ? t("summaryWithNote", { count: customer.orderCount, note: customer.notes }) : t("summary", { count: customer.orderCount });
  return (
    <div aria-label={t("record")} role="group" className="mb-2">
      {customer.notes ? <Note text={summary} allergy={mentionsAllergy(customer.notes)} /> : <p className="font-bold">{summary}</p>}
      {canManage && !editing && (
        <p className="mt-1 flex flex-wrap gap-2">
          <Button look="quiet" onClick={() => setEditing(true)}>
            {customer.notes ? t("editNote") : t("addNote")}
          </Button>
          <ButtonLink look="quiet" href={`/history?customer=${customer.id}`}>
            {t("allOrders")}
          </ButtonLink>
        </p>
      )}
      {editing && (
        <form className="mt-1 grid gap-2" noValidate onSubmit={form.handleSubmit(({ notes }) => save.mutate({ id: customer.id, notes }))}>
          <Field label={<span className="text-sm">{t("noteLabel")}</span>} error={form.formState.errors.notes?.message}>
            <TextArea maxLength={1000} {...form.register("notes")} />
          </Field>
          <Button type="submit" look="primary" disabled={save.isPending}>
            {t("saveNote")}
          </Button>
          <FormError message={save.isError ? refusal(save.error) : null} />
        </form>
      )}
    </div>
  );
}
