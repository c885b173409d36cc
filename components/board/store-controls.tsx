"use client";

import { useTranslations } from "next-intl";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { formatDuration } from "@/components/ui/format";
import { Modal } from "@/components/ui/modal";
import { useNow } from "@/components/ui/use-now";
import { useFormat } from "@/components/ui/use-format";
import { PLATFORM_LABELS, PLATFORMS } from "@/server/domain/platforms";
import { Choice, Field, FormError, Input } from "@/components/ui/field";
import { useFormResolver } from "@/components/ui/use-form-resolver";
import { BUSY_DEFAULTS, BUSY_MINUTES, busyForm, DURATIONS, PAUSE_DEFAULTS, pauseForm, type BusyFormValues, type PauseFormValues } from "./store-control-forms";
import type { BoardData } from "./types";

export type Controls = BoardData["controls"];
/** The banners' countdown is in minutes: a look every few seconds keeps it right to the minute. */
const BANNER_CLOCK_MS = 5_000;

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
      <Button className="bg-panel" onClick={onEnd}>
        {endLabel}
      </Button>
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

/** For how long: the choices every control offers, the last one named by the control ("until resumed", "until turned off"). */
function DurationChoice({ field, openLabel }: { field: UseFormRegisterReturn; openLabel: string }) {
  const t = useTranslations("controls");
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">{t("forHowLong")}</legend>
      <div className="grid grid-cols-3 gap-2">
        {DURATIONS.map((option) => (
          <Choice key={option.id}>
            <input type="radio" className="h-5 w-5" value={option.id} {...field} />
            {option.id === "open" ? openLabel : t(`duration.${option.id}`)}
          </Choice>
        ))}
      </div>
    </fieldset>
  );
}

/** Pausing the store: on every platform or some, why, and for how long. */
export function PauseDialog({ onClose, onPause }: { onClose: () => void; onPause: (change: z.output<ReturnType<typeof pauseForm>>) => void }) {
  const t = useTranslations("controls");
  const schema = pauseForm({ choosePlatform: t("choosePlatform"), reasonTooLong: t("reasonTooLong") });
  const form = useForm<PauseFormValues, unknown, z.output<typeof schema>>({ resolver: useFormResolver(schema), defaultValues: PAUSE_DEFAULTS });
  const { errors } = form.formState;
  return (
    <Modal title={t("pauseTitle")} onClose={onClose}>
      <form onSubmit={form.handleSubmit(onPause)} className="space-y-4" noValidate>
        <fieldset>
          <legend className="mb-2 font-semibold">{t("whichPlatforms")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {PLATFORMS.map((platform) => (
              <Choice key={platform}>
                <input type="checkbox" className="h-5 w-5" value={platform} {...form.register("platforms")} />
                {PLATFORM_LABELS[platform]}
              </Choice>
            ))}
          </div>
          <FormError message={errors.platforms?.message} className="mt-1 text-sm" />
        </fieldset>
        <DurationChoice field={form.register("duration")} openLabel={t("untilResumedChoice")} />
        <Field label={<span className="font-semibold">{t("reason")}</span>} error={errors.reason?.message}>
          <Input maxLength={200} {...form.register("reason")} />
        </Field>
        <DialogActions submitLabel={t("pauseSubmit")} onBack={onClose} destructive />
      </form>
    </Modal>
  );
}

/** Busy mode: extra minutes on every quote, told to the platforms, for a while. */
export function BusyDialog({ onClose, onBusy }: { onClose: () => void; onBusy: (change: z.output<typeof busyForm>) => void }) {
  const t = useTranslations("controls");
  const form = useForm<BusyFormValues, unknown, z.output<typeof busyForm>>({ resolver: useFormResolver(busyForm), defaultValues: BUSY_DEFAULTS });
  return (
    <Modal title={t("busyMode")} onClose={onClose}>
      <form onSubmit={form.handleSubmit(onBusy)} className="space-y-4" noValidate>
        <fieldset>
          <legend className="mb-2 font-semibold">{t("extraMinutes")}</legend>
          <div className="grid grid-cols-3 gap-2">
            {BUSY_MINUTES.map((value) => (
              <Choice key={value}>
                <input type="radio" className="h-5 w-5" value={value} {...form.register("minutes")} />
                {t("plusMinutes", { minutes: Number(value) })}
              </Choice>
            ))}
          </div>
        </fieldset>
        <DurationChoice field={form.register("duration")} openLabel={t("untilOffChoice")} />
        <DialogActions submitLabel={t("busySubmit")} onBack={onClose} />
      </form>
    </Modal>
  );
}
