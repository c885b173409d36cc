"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { mentionsAllergy } from "@/server/domain/modifiers";
import { Note } from "./note";
import type { OrderDetail } from "./types";
import { Button } from "@/components/ui/button";

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
};

/**
 * The store's record of the customer, where staff cannot miss it: "3rd order · note: peanut allergy".
 * Managers keep the note and open the customer's orders.
 */
export function CustomerRecord({ customer, orderId, canManage }: { customer: NonNullable<OrderDetail["customer"]>; orderId: number; canManage: boolean }) {
  const trpc = useTRPC();
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
  const summary = `${ordinal(customer.orderCount)} order${customer.notes ? ` · note: ${customer.notes}` : ""}`;
  return (
    <div aria-label="Customer record" role="group" className="mb-2">
      {customer.notes ? <Note text={summary} allergy={mentionsAllergy(customer.notes)} /> : <p className="font-bold">{summary}</p>}
      {canManage && !editing && (
        <p className="mt-1 flex flex-wrap gap-2">
          <button type="button" className="min-h-11 rounded-lg border border-line px-2 text-sm" onClick={() => setEditing(true)}>
            {customer.notes ? "Edit customer note" : "Add customer note"}
          </button>
          <Link href={`/history?customer=${customer.id}`} className="inline-flex min-h-11 items-center rounded-lg border border-line px-2 text-sm">
            All orders of this customer
          </Link>
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
            Customer note (allergies, preferences)
            <textarea className="mt-1 block w-full rounded-lg border border-line bg-card p-2" maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
          <Button type="submit" look="primary" disabled={save.isPending}>
            Save note
          </Button>
          {save.isError && <p role="alert">{save.error.message}</p>}
        </form>
      )}
    </div>
  );
}
