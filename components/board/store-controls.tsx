"use client";

import { useState } from "react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { formatClock, formatDuration } from "@/components/ui/format";
import { Modal } from "@/components/ui/modal";
import { useNow } from "@/components/ui/use-now";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/server/domain/platforms";
import type { BoardData } from "./types";

export type Controls = BoardData["controls"];
/** The banners' countdown is in minutes: a look every few seconds keeps it right to the minute. */
const BANNER_CLOCK_MS = 5_000;
export const controlButton = "min-h-11 rounded-lg border border-line px-3 font-semibold";
const choice = "flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent has-checked:bg-accent has-checked:text-accent-fg";

const platformsText = (platforms: readonly Platform[] | null) => (platforms ? `on ${platforms.map((platform) => PLATFORM_LABELS[platform]).join(", ")}` : "on every platform");

function timeLeft(until: number | null, now: number, timezone: string, otherwise: string) {
  if (until === null) return otherwise;
  const left = until - now;
  return `${left < 60_000 ? "less than a minute" : formatDuration(left)} left, until ${formatClock(until, timezone)}`;
}

/** A control in force, across the board: what it is, how long is left (counting down), and the way to end it at once. */
function ControlBanner({ label, tone, text, note, until, timezone, otherwise, endLabel, onEnd }: { label: string; tone: "late" | "warn"; text: string; note?: string; until: number | null; timezone: string; otherwise: string; endLabel: string; onEnd: () => void }) {
  const now = useNow(BANNER_CLOCK_MS);
  return (
    <section aria-label={label} className={`flex flex-wrap items-center gap-3 border-b-4 px-4 py-2 ${tone === "late" ? "border-late-line bg-late-bg" : "border-warn-line bg-warn-bg"}`}>
      <p role="status" className="flex-1 text-lg font-bold">
        {text} · {timeLeft(until, now, timezone, otherwise)}.{note ? ` ${note}` : ""}
      </p>
      <button type="button" className={`${controlButton} bg-panel`} onClick={onEnd}>
        {endLabel}
      </button>
    </section>
  );
}

export function PauseBanner({ pause, timezone, onResume }: { pause: NonNullable<Controls["pause"]>; timezone: string; onResume: () => void }) {
  return (
    <ControlBanner
      label="Store paused"
      tone="late"
      text={`Paused ${platformsText(pause.platforms)}${pause.reason ? ` · ${pause.reason}` : ""}`}
      note="Orders already placed still come in."
      until={pause.until}
      otherwise="until resumed"
      timezone={timezone}
      endLabel="Resume now"
      onEnd={onResume}
    />
  );
}

export function BusyBanner({ busy, timezone, onEnd }: { busy: NonNullable<Controls["busy"]>; timezone: string; onEnd: () => void }) {
  return <ControlBanner label="Busy mode" tone="warn" text={`Busy: +${busy.minutes} min on every quote`} until={busy.until} otherwise="until turned off" timezone={timezone} endLabel="End busy mode" onEnd={onEnd} />;
}

type Ends = { minutes?: number; until?: "end_of_day" };
const DURATIONS = [
  { id: "15", label: "15 min", ends: { minutes: 15 } },
  { id: "30", label: "30 min", ends: { minutes: 30 } },
  { id: "60", label: "1 hour", ends: { minutes: 60 } },
  { id: "day", label: "Rest of today", ends: { until: "end_of_day" } },
  { id: "open", label: "Until turned off", ends: {} },
] as const satisfies readonly { id: string; label: string; ends: Ends }[];
type DurationId = (typeof DURATIONS)[number]["id"];
const endsOf = (id: DurationId): Ends => DURATIONS.find((option) => option.id === id)!.ends;

function DurationChoice({ value, onChange, openLabel }: { value: DurationId; onChange: (id: DurationId) => void; openLabel: string }) {
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">For how long</legend>
      <div className="grid grid-cols-3 gap-2">
        {DURATIONS.map((option) => (
          <label key={option.id} className={choice}>
            <input type="radio" name="duration" className="h-5 w-5" checked={value === option.id} onChange={() => onChange(option.id)} />
            {option.id === "open" ? openLabel : option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Pausing the store: on every platform or some, why, and for how long. */
export function PauseDialog({ onClose, onPause }: { onClose: () => void; onPause: (change: Ends & { platforms?: Platform[]; reason?: string }) => void }) {
  const [platforms, setPlatforms] = useState<Platform[]>([...PLATFORMS]);
  const [reason, setReason] = useState("");
  const [duration, setDuration] = useState<DurationId>("30");
  const [error, setError] = useState<string | null>(null);
  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (platforms.length === 0) return setError("Choose at least one platform");
    onPause({ ...(platforms.length < PLATFORMS.length ? { platforms } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}), ...endsOf(duration) });
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
        <DurationChoice value={duration} onChange={setDuration} openLabel="Until resumed" />
        <label className="block">
          <span className="font-semibold">Reason (optional)</span>
          <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-line bg-card px-3" />
        </label>
        <DialogActions submitLabel="Pause store" onBack={onClose} destructive />
      </form>
    </Modal>
  );
}

const BUSY_MINUTES = [10, 20, 30] as const;

/** Busy mode: extra minutes on every quote, told to the platforms, for a while. */
export function BusyDialog({ onClose, onBusy }: { onClose: () => void; onBusy: (change: { busy_minutes: number; busy_for_minutes?: number; busy_until?: "end_of_day" }) => void }) {
  const [minutes, setMinutes] = useState<number>(10);
  const [duration, setDuration] = useState<DurationId>("60");
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { minutes: forMinutes, until } = endsOf(duration);
    onBusy({ busy_minutes: minutes, ...(forMinutes ? { busy_for_minutes: forMinutes } : {}), ...(until ? { busy_until: until } : {}) });
  }
  return (
    <Modal title="Busy mode" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <fieldset>
          <legend className="mb-2 font-semibold">Extra minutes on every quote</legend>
          <div className="grid grid-cols-3 gap-2">
            {BUSY_MINUTES.map((value) => (
              <label key={value} className={choice}>
                <input type="radio" name="busy" className="h-5 w-5" checked={minutes === value} onChange={() => setMinutes(value)} />
                +{value} min
              </label>
            ))}
          </div>
        </fieldset>
        <DurationChoice value={duration} onChange={setDuration} openLabel="Until turned off" />
        <DialogActions submitLabel="Set busy mode" onBack={onClose} />
      </form>
    </Modal>
  );
}
