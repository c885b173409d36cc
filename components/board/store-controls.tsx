"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DialogActions } from "@/components/ui/dialog-actions";
import { formatDuration } from "@/components/ui/format";
import { Modal } from "@/components/ui/modal";
import { useNow } from "@/components/ui/use-now";
import { useFormat } from "@/components/ui/use-format";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/server/domain/platforms";
import type { BoardData } from "./types";
import { FormError, Input } from "@/components/ui/field";

export type Controls = BoardData["controls"];
/** The banners' countdown is in minutes: a look every few seconds keeps it right to the minute. */
const BANNER_CLOCK_MS = 5_000;
export const controlButton = "min-h-11 rounded-lg border border-line px-3 font-semibold";
const choice = "flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 has-checked:border-accent has-checked:bg-accent has-checked:text-accent-fg";


/** A control in force, across the board: what it is, how long is left (counting down), and the way to end it at once. */
function ControlBanner({ label, tone, text, note, until, timezone, otherwise, endLabel, onEnd }: { label: string; tone: "late" | "warn"; text: string; note?: string; until: number | null; timezone: string; otherwise: string; endLabel: string; onEnd: () => void }) {
  const now = useNow(BANNER_CLOCK_MS);
  const t = useTranslations("controls");
  const format = useFormat();
  const left = until === null ? otherwise : t("timeLeft", { left: until - now < 60_000 ? t("underAMinute") : formatDuration(until - now), until: format.clock(until, timezone) });
  return (
    <section aria-label={label} className={`flex flex-wrap items-center gap-3 border-b-4 px-4 py-2 ${tone === "late" ? "border-late-line bg-late-bg" : "border-warn-line bg-warn-bg"}`}>
      <p role="status" className="flex-1 text-lg font-bold">
        {text} · {left}.{note ? ` ${note}` : ""}
      </p>
      <button type="button" className={`${controlButton} bg-panel`} onClick={onEnd}>
        {endLabel}
      </button>
    </section>
  );
}

export function PauseBanner({ pause, timezone, onResume }: { pause: NonNullable<Controls["pause"]>; timezone: string; onResume: () => void }) {
  const t = useTranslations("controls");
  const on = pause.platforms ? t("onPlatforms", { platforms: pause.platforms.map((platform) => PLATFORM_LABELS[platform]).join(", ") }) : t("onEveryPlatform");
  return (
    <ControlBanner
      label={t("paused")}
      tone="late"
      text={`${t("pausedOn", { on })}${pause.reason ? ` · ${pause.reason}` : ""}`}
      note={t("stillComeIn")}
      until={pause.until}
      otherwise={t("untilResumed")}
      timezone={timezone}
      endLabel={t("resume")}
      onEnd={onResume}
    />
  );
}

export function BusyBanner({ busy, timezone, onEnd }: { busy: NonNullable<Controls["busy"]>; timezone: string; onEnd: () => void }) {
  const t = useTranslations("controls");
  return <ControlBanner label={t("busyMode")} tone="warn" text={t("busy", { minutes: busy.minutes })} until={busy.until} otherwise={t("untilOff")} timezone={timezone} endLabel={t("endBusy")} onEnd={onEnd} />;
}

type Ends = { minutes?: number; until?: "end_of_day" };
const DURATIONS = [
  { id: "15", ends: { minutes: 15 } },
  { id: "30", ends: { minutes: 30 } },
  { id: "60", ends: { minutes: 60 } },
  { id: "day", ends: { until: "end_of_day" } },
  { id: "open", ends: {} },
] as const satisfies readonly { id: string; ends: Ends }[];
type DurationId = (typeof DURATIONS)[number]["id"];
const endsOf = (id: DurationId): Ends => DURATIONS.find((option) => option.id === id)!.ends;

function DurationChoice({ value, onChange, openLabel }: { value: DurationId; onChange: (id: DurationId) => void; openLabel: string }) {
  const t = useTranslations("controls");
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">{t("forHowLong")}</legend>
      <div className="grid grid-cols-3 gap-2">
        {DURATIONS.map((option) => (
          <label key={option.id} className={choice}>
            <input type="radio" name="duration" className="h-5 w-5" checked={value === option.id} onChange={() => onChange(option.id)} />
            {option.id === "open" ? openLabel : t(`duration.${option.id}`)}
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
  const t = useTranslations("controls");
  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (platforms.length === 0) return setError(t("choosePlatform"));
    onPause({ ...(platforms.length < PLATFORMS.length ? { platforms } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}), ...endsOf(duration) });
  }
  return (
    <Modal title={t("pauseTitle")} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <fieldset>
          <legend className="mb-2 font-semibold">{t("whichPlatforms")}</legend>
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
          <FormError message={error} className="mt-1 text-sm" />
        </fieldset>
        <DurationChoice value={duration} onChange={setDuration} openLabel={t("untilResumedChoice")} />
        <label className="block">
          <span className="font-semibold">{t("reason")}</span>
          <Input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
        </label>
        <DialogActions submitLabel={t("pauseSubmit")} onBack={onClose} destructive />
      </form>
    </Modal>
  );
}

const BUSY_MINUTES = [10, 20, 30] as const;

/** Busy mode: extra minutes on every quote, told to the platforms, for a while. */
export function BusyDialog({ onClose, onBusy }: { onClose: () => void; onBusy: (change: { busy_minutes: number; busy_for_minutes?: number; busy_until?: "end_of_day" }) => void }) {
  const [minutes, setMinutes] = useState<number>(10);
  const [duration, setDuration] = useState<DurationId>("60");
  const t = useTranslations("controls");
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { minutes: forMinutes, until } = endsOf(duration);
    onBusy({ busy_minutes: minutes, ...(forMinutes ? { busy_for_minutes: forMinutes } : {}), ...(until ? { busy_until: until } : {}) });
  }
  return (
    <Modal title={t("busyMode")} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <fieldset>
          <legend className="mb-2 font-semibold">{t("extraMinutes")}</legend>
          <div className="grid grid-cols-3 gap-2">
            {BUSY_MINUTES.map((value) => (
              <label key={value} className={choice}>
                <input type="radio" name="busy" className="h-5 w-5" checked={minutes === value} onChange={() => setMinutes(value)} />
                {t("plusMinutes", { minutes: value })}
              </label>
            ))}
          </div>
        </fieldset>
        <DurationChoice value={duration} onChange={setDuration} openLabel={t("untilOffChoice")} />
        <DialogActions submitLabel={t("busySubmit")} onBack={onClose} />
      </form>
    </Modal>
  );
}
