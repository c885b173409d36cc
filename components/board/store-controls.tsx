"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { DialogActions } from "@/components/ui/dialog-actions";
import { formatClock, formatDuration } from "@/components/ui/format";
import { Modal } from "@/components/ui/modal";
import { useNow } from "@/components/ui/use-now";
import { useTRPC } from "@/components/trpc/react";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/server/domain/platforms";
import type { BoardData } from "./types";

type Controls = BoardData["controls"];
/** The banner's countdown is in minutes: a look every few seconds keeps it right to the minute. */
const BANNER_CLOCK_MS = 5_000;
const button = "min-h-11 rounded-lg border border-line px-3 font-semibold";

const platformsText = (platforms: readonly Platform[] | null) => (platforms ? `on ${platforms.map((platform) => PLATFORM_LABELS[platform]).join(", ")}` : "on every platform");
function untilText(until: number | null, now: number, timezone: string) {
  if (until === null) return "until resumed";
  const left = until - now;
  return `${left < 60_000 ? "less than a minute" : formatDuration(left)} left, until ${formatClock(until, timezone)}`;
}

/** Told across the board while the store is paused: where, why, how long is left (counting down), and a way to resume at once. */
export function PauseBanner({ pause, timezone, onResume }: { pause: NonNullable<Controls["pause"]>; timezone: string; onResume: () => void }) {
  const now = useNow(BANNER_CLOCK_MS);
  return (
    <section aria-label="Store paused" className="flex flex-wrap items-center gap-3 border-b-4 border-late-line bg-late-bg px-4 py-2">
      <p role="status" className="flex-1 text-lg font-bold">
        Paused {platformsText(pause.platforms)}
        {pause.reason ? ` · ${pause.reason}` : ""} · {untilText(pause.until, now, timezone)}. Orders already placed still come in.
      </p>
      <button type="button" className={`${button} bg-panel`} onClick={onResume}>
        Resume now
      </button>
    </section>
  );
}

const DURATIONS = [
  { id: "15", label: "15 min", change: { minutes: 15 } },
  { id: "30", label: "30 min", change: { minutes: 30 } },
  { id: "60", label: "1 hour", change: { minutes: 60 } },
  { id: "day", label: "Rest of today", change: { until: "end_of_day" as const } },
  { id: "open", label: "Until resumed", change: {} },
] as const;

/** Pausing the store: on every platform or some, why, and for how long. */
export function PauseDialog({ onClose, onPause }: { onClose: () => void; onPause: (change: { platforms?: Platform[]; reason?: string; minutes?: number; until?: "end_of_day" }) => void }) {
  const [platforms, setPlatforms] = useState<Platform[]>([...PLATFORMS]);
  const [reason, setReason] = useState("");
  const [duration, setDuration] = useState<(typeof DURATIONS)[number]["id"]>("30");
  const [error, setError] = useState<string | null>(null);
  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (platforms.length === 0) return setError("Choose at least one platform");
    const chosen = DURATIONS.find((option) => option.id === duration)!;
    onPause({ ...(platforms.length < PLATFORMS.length ? { platforms } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}), ...chosen.change });
  }
  return (
    <Modal title="Pause the store" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <fieldset>
          <legend className="mb-2 font-semibold">On which platforms</legend>
          <div className="grid grid-cols-2 gap-2">
            {PLATFORMS.map((platform) => (
              <label key={platform} className="flex min-h-11 items-center gap-2 rounded-lg border border-line px-3">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  checked={platforms.includes(platform)}
                  onChange={(event) => {
                    setError(null);
                    setPlatforms((current) => (event.target.checked ? [...current, platform] : current.filter((other) => other !== platform)));
                  }}
                />
                {PLATFORM_LABELS[platform]}
              </label>
            ))}
          </div>
          {error && (
            <p role="alert" className="mt-1 text-sm font-semibold text-late-line">
              {error}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend className="mb-2 font-semibold">For how long</legend>
          <div className="grid grid-cols-3 gap-2">
            {DURATIONS.map((option) => (
              <label key={option.id} className="flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent has-checked:bg-accent has-checked:text-accent-fg">
                <input type="radio" name="duration" className="h-5 w-5" checked={duration === option.id} onChange={() => setDuration(option.id)} />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block">
          <span className="font-semibold">Reason (optional)</span>
          <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3" />
        </label>
        <DialogActions submitLabel="Pause store" onBack={onClose} destructive />
      </form>
    </Modal>
  );
}

const OUT_FOR = [
  { label: "Rest of today", named: "for the rest of today", until: () => "end_of_day" as const },
  { label: "2 hours", named: "for 2 hours", until: () => new Date(Date.now() + 2 * 3_600_000).toISOString() },
  { label: "Until back on", named: "until turned back on", until: () => undefined },
];

/**
 * 86'ing from the board: every dish of the menu, the ones out first, each put out in one tap (for
 * the rest of the day, two hours, or until turned back on) or back on.
 */
export function ItemsDialog({ storeId, controls, timezone, onClose }: { storeId: string; controls: Controls; timezone: string; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const menu = useQuery(trpc.menu.list.queryOptions({ id: storeId }));
  const [find, setFind] = useState("");
  const setAvailability = useMutation(
    trpc.menu.availability.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.menu.list.queryKey({ id: storeId }) }),
      onError: (error) => toast.error(error.message),
    }),
  );
  const out = new Map(controls.unavailable.map((item) => [item.id, item]));
  const shown = (menu.data?.items ?? []).filter((item) => item.name.toLowerCase().includes(find.trim().toLowerCase())).sort((a, b) => Number(out.has(b.id)) - Number(out.has(a.id)));
  return (
    <Modal title="86 items" onClose={onClose} variant="drawer">
      <label className="block">
        <span className="font-semibold">Find an item</span>
        <input type="search" value={find} onChange={(event) => setFind(event.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3" />
      </label>
      {menu.isPending && <p role="status">Loading the menu…</p>}
      <ul aria-label="Menu items" className="mt-3 space-y-2">
        {shown.map((item) => {
          const gone = out.get(item.id);
          return (
            <li key={item.id} className={`rounded-lg border p-2 ${gone ? "border-late-line bg-late-bg" : "border-line"}`}>
              <p className="font-semibold">
                {item.name}
                {gone && <span className="ml-2 text-sm">{`86'd ${gone.until === null ? "until turned back on" : `until ${formatClock(gone.until, timezone)}`}`}</span>}
              </p>
              <div className="mt-1 flex flex-wrap gap-2">
                {gone ? (
                  <button type="button" className={button} onClick={() => setAvailability.mutate({ id: storeId, itemId: item.id, available: true })}>
                    Put {item.name} back on
                  </button>
                ) : (
                  OUT_FOR.map((option) => (
                    <button
                      key={option.label}
                      type="button"
                      className={button}
                      aria-label={`86 ${item.name} ${option.named}`}
                      onClick={() => setAvailability.mutate({ id: storeId, itemId: item.id, available: false, until: option.until() })}
                    >
                      {option.label}
                    </button>
                  ))
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
