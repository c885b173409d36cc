"use client";

import { useLocale, useTranslations } from "next-intl";
import { en } from "@/i18n/messages/en";
import { SERVER_LOCALE } from "@/server/domain/locale";

type Refusal = keyof typeof en.refusals;
const isWorded = (code: string): code is Refusal => code in en.refusals;

/** A failed call as tRPC or the REST API gives it: the server's words and, for a refusal, its code. */
type Failure = { message: string; data?: { domainCode?: string | null } | null; code?: string | null };

/**
 * A refusal in the screen's language. The server writes its refusals in English, the most precise
 * words there are, so an English screen shows them as they are; another language shows its own
 * words for the refusal's code, or for a server it could not reach, and the server's words only
 * for a refusal it has none for.
 */
export function useRefusalText() {
  const t = useTranslations("refusals");
  const locale = useLocale();
  return (failure: Failure) => {
    if (locale === SERVER_LOCALE) return failure.message;
    const code = failure.data?.domainCode ?? failure.code ?? null;
    if (code !== null && isWorded(code)) return t(code);
    // No answer at all: the request never reached the server (a TypeError from fetch).
    if (failure.data === undefined && failure.code === undefined && /fetch|network/i.test(failure.message)) return t("unreachable");
    return failure.message;
  };
}
