"use client";

import { useLocale, useTranslations } from "next-intl";
import { refusalText, type Failure } from "./refusal-text";

/** A refusal in the screen's language (see `refusalText`). */
export function useRefusalText() {
  const t = useTranslations();
  const locale = useLocale();
  return (failure: Failure) => refusalText(failure, locale, t);
}
