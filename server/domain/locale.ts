import { z } from "zod";

/** The staff screens' languages, with the region whose numbers, money and clocks they use: US stores. */
export const LOCALES = ["en-US", "es-US"] as const;
export const ZLocale = z.enum(LOCALES);
export type Locale = z.infer<typeof ZLocale>;
export const DEFAULT_LOCALE: Locale = "en-US";
/** The language the server writes its own messages (refusals, log lines) in. */
export const SERVER_LOCALE: Locale = "en-US";

/** Each language in its own words, as a picker offers it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { "en-US": "English", "es-US": "Español" };

/** The tablet's chosen language; without it the browser's languages decide. */
export const LOCALE_COOKIE = "orderboard-locale";

const byLanguage = new Map(LOCALES.map((locale) => [locale.split("-")[0]!, locale]));

/**
 * The first language of an Accept-Language header (by weight, then order) that the screens speak:
 * "es-MX,es;q=0.9,en;q=0.8" is Spanish, "fr-FR,en;q=0.5" English, nothing or anything else English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { language: tag.trim().split("-")[0]!.toLowerCase(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ language, weight }) => language && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { language } of ranked) {
    const locale = byLanguage.get(language);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The tablet's choice when it made one the screens still speak, else the browser's. */
export function pickLocale(chosen: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  const parsed = ZLocale.safeParse(chosen);
  return parsed.success ? parsed.data : negotiateLocale(acceptLanguage);
}
