"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { mentionsAllergy } from "@/server/domain/modifiers";
import { Note } from "./note";
import type { OrderDetail } from "./types";
import { Button, ButtonLink } from "@/components/ui/button";
import { useRefusalText } from "@/components/ui/use-refusal-text";

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
  const [notes, setNotes] = useState(customer.notes);
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
        <form
          className="mt-1 grid gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ id: customer.id, notes });
          }}
        >
          <label className="text-sm">
            {t("noteLabel")}
            <textarea className="mt-1 block w-full rounded-lg border border-line bg-card p-2" maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
          <Button type="submit" look="primary" disabled={save.isPending}>
            {t("saveNote")}
          </Button>
          {save.isError && <p role="alert">{refusal(save.error)}</p>}
        </form>
      )}
    </div>
  );
}
