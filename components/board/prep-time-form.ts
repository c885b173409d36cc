import { z } from "zod";
import { PREP_MINUTE_CHOICES, ZPrepMinutes } from "@/server/domain/prep-time";

/** The prep time's choices as the form holds them: a preset's minutes, or "custom" with the minutes typed. */
export const PREP_CHOICES = [...PREP_MINUTE_CHOICES.map(String), "custom"] as const;

/** What the dialog opens with: the minutes given as a preset when one fits, else typed in. */
export const prepFormValues = (minutes: number): PrepFormValues =>
  PREP_CHOICES.includes(String(minutes)) ? { choice: String(minutes), custom: "" } : { choice: "custom", custom: String(minutes) };

/** The dialog read into the minutes the server accepts (`ZPrepMinutes`); a refusal reads as `invalid`, under the typed minutes. */
export const prepTimeForm = (invalid: string) =>
  z.object({ choice: z.string(), custom: z.string() }).transform(({ choice, custom }, context) => {
    const minutes = ZPrepMinutes.safeParse(choice === "custom" ? Number(custom.trim() || Number.NaN) : Number(choice));
    if (minutes.success) return minutes.data;
    context.addIssue({ code: "custom", path: ["custom"], message: invalid });
    return z.NEVER;
  });
export type PrepFormValues = z.input<ReturnType<typeof prepTimeForm>>;
