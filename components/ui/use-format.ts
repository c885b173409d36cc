"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatMoney } from "@/server/domain/money";
import { formatClock, formatDateMinute, formatDateTime } from "./format";

/** Clocks, dates and money in the screen's language (next-intl's locale), each in the zone or currency given. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      clock: (at: number, timeZone: string, withSeconds = false) => formatClock(at, timeZone, locale, withSeconds),
      dateTime: (at: number, timeZone: string) => formatDateTime(at, timeZone, locale),
      dateMinute: (at: number, timeZone: string) => formatDateMinute(at, timeZone, locale),
      money: (cents: number, currency: string) => formatMoney(cents, currency, locale),
    }),
    [locale],
  );
}
export type Format = ReturnType<typeof useFormat>;
