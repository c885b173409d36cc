"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFormat } from "@/components/ui/use-format";
import type { Tracking } from "@/server/services/tracking";
import { Input } from "@/components/ui/field";

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
  const [spot, setSpot] = useState("");
  const [vehicle, setVehicle] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const order = tracking.data;

  async function sayHere(event: React.FormEvent) {
    event.preventDefault();
    setSending(true);
    setError(null);
    const response = await fetch(`/api/track/${encodeURIComponent(token)}/arrived`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ spot: spot || undefined, vehicle: vehicle || undefined }),
    }).catch(() => null);
    setSending(false);
    if (!response?.ok) {
      setError(response ? ((await response.json()) as { error: { message: string } }).error.message : "Could not reach the store: try again");
      return;
    }
    await tracking.refetch();
  }

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
        <form onSubmit={(event) => void sayHere(event)} aria-label="Tell the store you are here" className="mt-6 grid gap-3">
          <label>
            Parking spot (optional)
            <Input value={spot} maxLength={40} onChange={(e) => setSpot(e.target.value)} />
          </label>
          <label>
            Your car (optional)
            <Input value={vehicle} maxLength={100} onChange={(e) => setVehicle(e.target.value)} placeholder="Blue Honda Civic" />
          </label>
          <button type="submit" disabled={sending} className="min-h-14 rounded-xl bg-accent px-4 text-lg font-bold text-accent-fg">
            I&apos;m here
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      )}
    </main>
  );
}
