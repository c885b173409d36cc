"use client";

import { useFormResolver } from "@/components/ui/use-form-resolver";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { useTRPC } from "@/components/trpc/react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Modal } from "@/components/ui/modal";
import { ZHeadlineTargets, type Headline, type HeadlineTargets } from "@/server/domain/headline";
import { formatMoney } from "@/server/domain/money";
import { minutes, percent } from "./figures";
import { Input } from "@/components/ui/field";

type HeadlineData = { now: Headline; before: Headline; beforeFrom: string; beforeTo: string; targets: HeadlineTargets; within: Record<keyof Headline, boolean | null> };


/** Each figure, how it is written, and the target it is held to, in words. */
const FIGURES: { key: keyof Headline; label: string; show: (h: Headline, currency: string) => string; target: (t: HeadlineTargets) => string }[] = [
  { key: "orders", label: "Orders", show: (h) => String(h.orders), target: (t) => `at most ${t.maxDropPercent}% below the week before` },
  { key: "revenueCents", label: "Revenue", show: (h, currency) => formatMoney(h.revenueCents, currency), target: (t) => `at most ${t.maxDropPercent}% below the week before` },
  { key: "medianToAcceptMs", label: "Median time to accept", show: (h) => minutes(h.medianToAcceptMs), target: (t) => `at most ${t.maxMedianToAcceptMinutes} min` },
  { key: "lateRate", label: "Late rate", show: (h) => percent(h.lateRate), target: (t) => `at most ${t.maxLateRatePercent}%` },
  { key: "unansweredOver5Min", label: "Unanswered over 5 minutes", show: (h) => String(h.unansweredOver5Min), target: (t) => `at most ${t.maxUnansweredOver5Min}` },
  { key: "storeCancels", label: "Cancelled by the store", show: (h) => String(h.storeCancels), target: (t) => `at most ${t.maxStoreCancels}` },
];

const VERDICT = {
  true: { word: "On target", tone: "border-ok" },
  false: { word: "Off target", tone: "border-late-line bg-late-bg" },
  null: { word: "Nothing to measure", tone: "border-line" },
} as const;

/** The analytics page's opening answer: six figures, the week before beside each, coloured (and said) against the store's targets. */
export function HeadlineFigures({ storeId, headline, currency }: { storeId: string; headline: HeadlineData; currency: string }) {
  const [editing, setEditing] = useState(false);
  return (
    <section aria-label="Headline" className="rounded-2xl border border-line bg-panel p-4">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 className="mr-auto text-lg font-semibold">
          Headline <span className="text-sm font-normal text-muted">against {headline.beforeFrom === headline.beforeTo ? headline.beforeFrom : `${headline.beforeFrom} to ${headline.beforeTo}`}</span>
        </h2>
        <button type="button" className="min-h-11 rounded-lg border border-line px-3 text-sm font-semibold" onClick={() => setEditing(true)}>
          Set targets
        </button>
      </div>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {FIGURES.map(({ key, label, show, target }) => {
          const verdict = VERDICT[String(headline.within[key]) as keyof typeof VERDICT];
          return (
            <li key={key} aria-label={label} className={`rounded-xl border-2 p-3 ${verdict.tone}`}>
              <p className="text-sm">{label}</p>
              <p className="text-2xl font-bold">{show(headline.now, currency)}</p>
              <p className="text-sm">Week before: {show(headline.before, currency)}</p>
              <p className="text-sm font-semibold">
                {verdict.word} ({target(headline.targets)})
              </p>
            </li>
          );
        })}
      </ul>
      {editing && <TargetsDialog storeId={storeId} targets={headline.targets} onClose={() => setEditing(false)} />}
    </section>
  );
}

/** The targets as typed: numbers in text fields, each held to the server's own rule. */
const typed = <T extends z.ZodNumber>(schema: T) => z.coerce.number<string>("Give a number").pipe(schema);
const ZForm = z.object({
  maxMedianToAcceptMinutes: typed(ZHeadlineTargets.shape.maxMedianToAcceptMinutes),
  maxLateRatePercent: typed(ZHeadlineTargets.shape.maxLateRatePercent),
  maxUnansweredOver5Min: typed(ZHeadlineTargets.shape.maxUnansweredOver5Min),
  maxStoreCancels: typed(ZHeadlineTargets.shape.maxStoreCancels),
  maxDropPercent: typed(ZHeadlineTargets.shape.maxDropPercent),
});

const FIELDS: { name: keyof HeadlineTargets; label: string }[] = [
  { name: "maxDropPercent", label: "Orders and revenue: at most this % below the week before" },
  { name: "maxMedianToAcceptMinutes", label: "Median time to accept: at most (minutes)" },
  { name: "maxLateRatePercent", label: "Late rate: at most (%)" },
  { name: "maxUnansweredOver5Min", label: "Orders unanswered over 5 minutes: at most" },
  { name: "maxStoreCancels", label: "Orders cancelled by the store: at most" },
];

function TargetsDialog({ storeId, targets, onClose }: { storeId: string; targets: HeadlineTargets; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.analytics.setTargets.mutationOptions({
      onSuccess: () => {
        toast.success("Targets saved");
        void queryClient.invalidateQueries({ queryKey: trpc.analytics.get.pathKey() });
        onClose();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const form = useForm<z.input<typeof ZForm>, unknown, z.output<typeof ZForm>>({
    resolver: useFormResolver(ZForm),
    defaultValues: Object.fromEntries(Object.entries(targets).map(([key, value]) => [key, String(value)])),
  });
  const { errors } = form.formState;
  return (
    <Modal title="Headline targets" onClose={onClose}>
      <form onSubmit={form.handleSubmit((values) => save.mutate({ storeId, ...values }))} className="space-y-4" noValidate>
        {FIELDS.map(({ name, label }) => (
          <label key={name} className="block">
            <span className="font-semibold">{label}</span>
            <Input inputMode="decimal" aria-invalid={errors[name] !== undefined} {...form.register(name)} />
            {errors[name] && (
              <span role="alert" className="mt-1 block text-sm font-semibold text-late-line">
                {errors[name].message}
              </span>
            )}
          </label>
        ))}
        <DialogActions submitLabel="Save targets" onBack={onClose} />
      </form>
    </Modal>
  );
}
