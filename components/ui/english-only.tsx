"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { en } from "@/i18n/messages/en";

/**
 * A screen not translated yet (the managers' pages, the customer's tracking page): English words,
 * English clocks and money, and a `lang` that says so, whatever language the tablet chose.
 */
export function EnglishOnly({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="en-US" messages={en} timeZone="UTC">
      <div lang="en-US">{children}</div>
    </NextIntlClientProvider>
  );
}
