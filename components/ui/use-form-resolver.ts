"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale } from "next-intl";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import spanish from "zod/v4/locales/es.js";
import type { Locale } from "@/server/domain/locale";

/** zod's own words, per screen language, for the checks a schema states without words of its own ("too small", "too long"); English is zod's default. */
const ZOD_WORDS: Record<Locale, z.core.$ZodErrorMap | undefined> = { "en-US": undefined, "es-US": spanish().localeError };

/** A form checked by a zod schema (the server's own, or one built on it), its messages in the screen's language. */
export function useFormResolver<Input extends FieldValues, Output>(schema: z.ZodType<Output, Input>) {
  const locale = useLocale() as Locale;
  return zodResolver(schema, { error: ZOD_WORDS[locale] });
}
