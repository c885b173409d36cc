import type { useTranslations } from "next-intl";
import { en } from "@/i18n/messages/en";
import type { ProblemWords } from "@/server/domain/errors";
import { SERVER_LOCALE } from "@/server/domain/locale";

type Words = ReturnType<typeof useTranslations<never>>;
type Refusal = keyof typeof en.refusals;
const isWorded = (code: string): code is Refusal => code in en.refusals;

/** A failed call as tRPC or the REST API gives it: the server's words and, for a refusal, its code and problems. */
export type Failure = { message: string; data?: { domainCode?: string | null; problems?: { words?: ProblemWords }[] | null } | null; code?: string | null };

/**
 * A refusal in the screen's language. The server writes its refusals in English, the most precise
 * words there are, so an English screen shows them as they are; another language says each problem
 * in its own words where the server gave the problem's code, else its words for the refusal's code,
 * or for a server it could not reach, and the server's words only for a refusal it has none for.
 */
export function refusalText(failure: Failure, locale: string, t: Words): string {
  if (locale === SERVER_LOCALE) return failure.message;
  const problems = failure.data?.problems ?? [];
  if (problems.length > 0 && problems.every((problem) => problem.words)) {
    return problems.map(({ words }) => t(`problems.${words!.code}`, words!.values)).join(" ");
  }
  const code = failure.data?.domainCode ?? failure.code ?? null;
  if (code !== null && isWorded(code)) return t(`refusals.${code}`);
  // No answer at all: the request never reached the server (a TypeError from fetch).
  if (failure.data === undefined && failure.code === undefined && /fetch|network/i.test(failure.message)) return t("refusals.unreachable");
  return failure.message;
}
