import { z } from "zod";
import { judgedField, typedField } from "@/components/ui/typed-field";
import { PLATFORMS } from "@/server/domain/platforms";
import { ZAvailabilityChange } from "@/server/domain/store-controls";

type Ends = { minutes?: number; until?: "end_of_day" };

/** How long a pause or busy mode lasts: minutes, the rest of the store's day, or until someone ends it. */
export const DURATIONS = [
  { id: "15", ends: { minutes: 15 } },
  { id: "30", ends: { minutes: 30 } },
  { id: "60", ends: { minutes: 60 } },
  { id: "day", ends: { until: "end_of_day" } },
  { id: "open", ends: {} },
] as const satisfies readonly { id: string; ends: Ends }[];
const ZDuration = z.enum(DURATIONS.map((option) => option.id)).transform((id): Ends => DURATIONS.find((option) => option.id === id)!.ends);

export const BUSY_MINUTES = ["10", "20", "30"] as const;

const { platforms, reason, busy_minutes } = ZAvailabilityChange.shape;

/** A pause as the dialog takes it: on every platform unless some are left out, why (if said), for how long; read into the availability change the server takes. */
export const pauseForm = ({ choosePlatform, reasonTooLong }: { choosePlatform: string; reasonTooLong: string }) =>
  z
    .object({
      platforms: judgedField(z.array(z.string()), platforms.unwrap(), (chosen) => chosen, choosePlatform),
      reason: typedField(reason, (text) => text.trim() || undefined, reasonTooLong),
      duration: ZDuration,
    })
    .transform(({ platforms: chosen, reason: why, duration }) => ({ ...(chosen.length < PLATFORMS.length ? { platforms: chosen } : {}), ...(why ? { reason: why } : {}), ...duration }));
export type PauseFormValues = z.input<ReturnType<typeof pauseForm>>;
export const PAUSE_DEFAULTS: PauseFormValues = { platforms: [...PLATFORMS], reason: "", duration: "30" };

/** Busy mode as the dialog takes it: extra minutes on every quote, for how long. */
export const busyForm = z
  .object({ minutes: z.enum(BUSY_MINUTES).transform(Number).pipe(busy_minutes.unwrap()), duration: ZDuration })
  .transform(({ minutes, duration: { minutes: forMinutes, until } }) => ({ busy_minutes: minutes, ...(forMinutes ? { busy_for_minutes: forMinutes } : {}), ...(until ? { busy_until: until } : {}) }));
export type BusyFormValues = z.input<typeof busyForm>;
export const BUSY_DEFAULTS: BusyFormValues = { minutes: "10", duration: "60" };
