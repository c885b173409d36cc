"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Image from "next/image";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTranslations } from "next-intl";
import { BagPhotos } from "@/components/board/bag-photos";
import { describeEvent } from "@/components/board/event-text";
import { useTRPC } from "@/components/trpc/react";
import { customerShortName } from "@/components/ui/format";
import { useFormat } from "@/components/ui/use-format";
import { useStores } from "@/components/ui/use-stores";
import { FULFILLMENT_LABELS } from "@/server/domain/fulfillment";
import { formatMoney } from "@/server/domain/money";
import { ISSUE_PRIORITIES, ISSUE_STATUSES, ISSUE_STATUS_LABELS, ISSUE_TYPE_LABELS, PRIORITY_LABELS } from "@/server/domain/order-issue";
import { STATUS_LABELS } from "@/server/domain/order-status";
import { PLATFORM_LABELS } from "@/server/domain/platforms";
import { MergeDuplicate } from "./merge-duplicate";
import { useLiveIssues } from "./use-live-issues";
import { Field, FormError, Input, Select, TextArea } from "@/components/ui/field";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { triageChanges, triageValues, ZTriageForm, type TriageFormValues } from "./triage-form";
import { Button, ButtonLink } from "@/components/ui/button";

/** One issue: the order, the lines, the evidence, its log, and the manager's decisions. */
export function IssuePage({ issueId }: { issueId: number }) {
  const format = useFormat();
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useLiveIssues();
  const issue = useQuery(trpc.issues.detail.queryOptions({ id: issueId }));
  const storeId = issue.data?.storeId;
  const people = useQuery({ ...trpc.employees.list.queryOptions({ storeId: storeId ?? "" }), enabled: !!storeId });
  const orderDetail = useQuery({ ...trpc.orders.detail.queryOptions({ id: issue.data?.order.id ?? 0 }), enabled: !!issue.data });
  const store = useStores().data?.find((candidate) => candidate.id === storeId);
  // Times in the store's own zone, as its staff lived them; in UTC (and saying so) until the store is known.
  const when = (at: number) => (store ? format.dateTime(at, store.timezone) : `${format.dateTime(at, "UTC")} UTC`);
  const [comment, setComment] = useState("");
  // The form follows the issue as it changes, keeping what the manager is changing.
  const form = useForm<TriageFormValues, unknown, z.output<typeof ZTriageForm>>({
    resolver: useFormResolver(ZTriageForm),
    values: issue.data && triageValues(issue.data),
    resetOptions: { keepDirtyValues: true },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.issues.detail.queryKey({ id: issueId }) });
  const update = useMutation(
    trpc.issues.update.mutationOptions({
      onSuccess: () => {
        form.reset();
        setComment("");
        void refresh();
      },
      onError: (failure) => {
        form.setError("root", { message: failure.data?.domainCode === "VERSION_CONFLICT" ? "Someone else changed this issue first: it now shows their changes. Check and save again." : failure.message });
        void refresh();
      },
    }),
  );
  const { errors } = form.formState;

  if (issue.isPending) return <p className="p-8">Loading the issue…</p>;
  if (issue.isError) return <p role="alert" className="p-8">{issue.error.message}</p>;
  const data = issue.data;
  const { order } = data;
  const money = (cents: number | null) => (cents === null ? "None" : formatMoney(cents, data.currency));

  const save = form.handleSubmit((values) => update.mutate({ id: issueId, version: data.version, ...triageChanges(values, form.formState.dirtyFields) }));

  return (
    <main className="mx-auto max-w-4xl p-6">
      <p className="flex gap-2">
        <ButtonLink href="/issues" look="quiet">
          All issues
        </ButtonLink>
        <ButtonLink href={`/stores/${encodeURIComponent(data.storeId)}`} look="quiet">
          Store board
        </ButtonLink>
      </p>
      <h1 className="mt-4 text-2xl font-bold">
        {ISSUE_TYPE_LABELS[data.type]} on order #{order.shortCode}
      </h1>
      <p className="mt-1" aria-label="Issue status">
        <strong>{ISSUE_STATUS_LABELS[data.status]}</strong> · {PRIORITY_LABELS[data.priority]} priority · reported by {data.reportedBy}, {when(data.createdAt)} · {store?.name ?? data.storeId}
        {data.assigneeName && ` · assigned to ${data.assigneeName}`}
      </p>
      <p className="mt-3 rounded-lg bg-panel p-3">{data.description}</p>
      {data.resolutionNote && <p className="mt-2">Resolution: {data.resolutionNote}</p>}
      <p className="mt-2">Refund: {money(data.refundCents)}</p>

      <section aria-label="Order" className="mt-6">
        <h2 className="text-lg font-semibold">Order</h2>
        <p>
          #{order.shortCode} · {PLATFORM_LABELS[order.platform]} · {FULFILLMENT_LABELS[order.fulfillmentType]} · {STATUS_LABELS[order.status]} ·{" "}
          {customerShortName(order.customerFirstName, order.customerLastName)} · {formatMoney(order.totalCents, order.currency)}
        </p>
        <ButtonLink look="quiet" className="mt-2" href={`/history?store=${encodeURIComponent(data.storeId)}&q=${encodeURIComponent(order.shortCode)}`}>
          Order #{order.shortCode} in history
        </ButtonLink>
      </section>
      <section aria-label="Affected items" className="mt-4">
        <h2 className="text-lg font-semibold">Affected items</h2>
        {data.affectedItems.length === 0 ? <p className="text-muted">None named</p> : (
          <ul>
            {data.affectedItems.map((item) => (
              <li key={item.itemId}>
                {item.quantity} × {item.name}
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* The evidence side by side: what was reported with the issue, and the bag as it was packed. */}
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <section aria-label="Files">
          <h2 className="text-lg font-semibold">Photos and files</h2>
          {data.attachments.length === 0 && <p className="text-muted">None</p>}
          <ul className="flex flex-wrap gap-3">
            {data.attachments.map((file) => {
              const src = `/api/issues/${issueId}/attachments/${file.id}`;
              return (
                <li key={file.id}>
                  <a href={src} target="_blank" rel="noreferrer" className="flex flex-col items-center text-sm underline">
                    {file.mimeType.startsWith("image/") ? (
                      <Image src={src} unoptimized width={128} height={128} className="h-32 w-32 rounded-lg object-cover" alt={`Photo ${file.fileName} by ${file.createdBy}`} />
                    ) : (
                      <span className="flex h-32 w-32 items-center justify-center rounded-lg border border-line">PDF</span>
                    )}
                    {file.fileName}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-label="Bag photos">
          <h2 className="text-lg font-semibold">Bag photos</h2>
          {orderDetail.data && orderDetail.data.photos.length === 0 && <p className="text-muted">None taken when the bag was packed</p>}
          {orderDetail.data && <BagPhotos order={orderDetail.data} timezone={store?.timezone ?? "UTC"} />}
        </section>
      </div>

      <form aria-label="Update the issue" onSubmit={save} noValidate className="mt-6 grid gap-3 rounded-2xl border border-line bg-panel p-4 md:grid-cols-2">
        <h2 className="text-lg font-semibold md:col-span-2">Update</h2>
        <Field label="Status">
          <Select {...form.register("status")}>
            {ISSUE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ISSUE_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Priority">
          <Select {...form.register("priority")}>
            {ISSUE_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {PRIORITY_LABELS[priority]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Assignee" error={errors.assignee_id?.message}>
          <Select {...form.register("assignee_id")}>
            <option value="">Nobody</option>
            {people.data?.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={`Refund (${data.currency})`} error={errors.refund_cents?.message}>
          <Input inputMode="decimal" {...form.register("refund_cents")} />
        </Field>
        <Field label="Resolution note (required to resolve or reject)" error={errors.resolution_note?.message} className="md:col-span-2">
          <TextArea rows={2} {...form.register("resolution_note")} />
        </Field>
        <FormError message={errors.root?.message} className="md:col-span-2" />
        <Button type="submit" look="primary" className="md:col-span-2" disabled={update.isPending}>
          Save changes
        </Button>
      </form>

      <form
        aria-label="Comment"
        className="mt-4 flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (comment.trim()) update.mutate({ id: issueId, version: data.version, comment });
        }}
      >
        <label className="flex-1">
          <span className="sr-only">Comment</span>
          <Input placeholder="Add a comment" value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        <Button type="submit" className="mt-1">
          Add comment
        </Button>
      </form>

      {orderDetail.data && <MergeDuplicate issue={data} reports={orderDetail.data.issues} />}

      <section aria-label="Log" className="mt-6">
        <h2 className="text-lg font-semibold">Log</h2>
        <ol className="mt-2 space-y-2">
          {data.log.map((event) => {
            const line = describeEvent(event, t);
            return (
              <li key={event.id} className="rounded-lg border border-line px-3 py-2">
                <strong>{line.title}</strong> {line.detail && <span>— {line.detail}</span>}
                <span className="block text-sm text-muted">
                  by {event.actorName}, {when(event.createdAt)}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </main>
  );
}
