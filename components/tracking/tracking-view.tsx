"use client";

import { useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useFormat } from "@/components/ui/use-format";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { ZArrival, type Arrival } from "@/server/domain/handover";
import type { Tracking } from "@/server/services/tracking";
import { Field, FormError, Input } from "@/components/ui/field";

/** What the customer says on arriving, by the API's own rule; a blank field is left out. */
const arrivalForm = ZArrival.transform(({ spot, vehicle }): Arrival => ({ spot: spot || undefined, vehicle: vehicle || undefined }));

/** How often the page asks for the order's status while it is open. */
const REFRESH_MS = 10_000;

async function fetchTracking(token: string): Promise<Tracking> {
  const response = await fetch(`/api/track/${encodeURIComponent(token)}`, { cache: "no-store" });
  if (!response.ok) throw new Error("The order's status could not be loaded");
  return ((await response.json()) as { tracking: Tracking }).tracking;
}

/** The customer's view: where the order is, and an "I'm here" button when they come to the store for it. */
export function TrackingView({ token, initial }: { token: string; initial: Tracking }) {
  const format = useFormat();
  const tracking = useQuery({ queryKey: ["tracking", token], queryFn: () => fetchTracking(token), initialData: initial, refetchInterval: REFRESH_MS });
  const form = useForm<z.input<typeof arrivalForm>, unknown, Arrival>({ resolver: useFormResolver(arrivalForm), defaultValues: { spot: "", vehicle: "" } });
  const { errors, isSubmitting } = form.formState;
  const order = tracking.data;

  const sayHere = form.handleSubmit(async (arrival) => {
    const response = await fetch(`/api/track/${encodeURIComponent(token)}/arrived`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(arrival),
    }).catch(() => null);
    if (!response?.ok) {
      form.setError("root", { message: response ? ((await response.json()) as { error: { message: string } }).error.message : "Could not reach the store: try again" });
      return;
    }
    await tracking.refetch();
  });

  return (
    <main className="mx-auto max-w-md p-6">
      <p className="text-muted">{order.store}</p>
      <h1 className="text-2xl font-bold">Order #{order.shortCode}</h1>
      <p role="status" aria-label="Order status" className="mt-4 rounded-2xl border border-line bg-panel p-4 text-xl font-semibold">
        {order.statusText}
        {order.readyBy !== null && <span className="block text-base font-normal">Ready around {format.clock(order.readyBy, order.timezone)}</span>}
        {order.status === "ready" && order.readyAt !== null && <span className="block text-base font-normal">Ready since {format.clock(order.readyAt, order.timezone)}</span>}
        {order.status === "scheduled" && order.scheduledFor !== null && <span className="block text-base font-normal">For {format.clock(order.scheduledFor, order.timezone)}</span>}
      </p>
      {order.customerArrivedAt !== null && <p className="mt-4 font-semibold">The store knows you are here.</p>}
      {order.canSayHere && (
        <form onSubmit={sayHere} aria-label="Tell the store you are here" className="mt-6 grid gap-3" noValidate>
          <Field label="Parking spot (optional)" error={errors.spot?.message}>
            <Input maxLength={40} {...form.register("spot")} />
          </Field>
          <Field label="Your car (optional)" error={errors.vehicle?.message}>
            <Input maxLength={100} placeholder="Blue Honda Civic" {...form.register("vehicle")} />
          </Field>
          <button type="submit" disabled={isSubmitting} className="min-h-14 rounded-xl bg-accent px-4 text-lg font-bold text-accent-fg">
            I&apos;m here
          </button>
          <FormError message={errors.root?.message} />
        </form>
      )}
    </main>
  );
}
