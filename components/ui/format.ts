import type { Locale } from "@/server/domain/locale";

const MINUTE = 60_000;

/** "< 1 min", "4 min", "1 h 5 min": how long something has been going on, in words both languages share. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return "< 1 min";
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ""}`;
}

/** "4 s", "2 min 5 s", "1 h 3 min": an age that visibly keeps counting. */
export function formatAge(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return formatDuration(ms);
}

/** A wall-clock time in the store's own time zone. */
export function formatClock(at: number, timeZone: string, locale: Locale, withSeconds = false): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    second: withSeconds ? "2-digit" : undefined,
  }).format(at);
}

export function formatDateTime(at: number, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "medium", timeStyle: "medium" }).format(at);
}

/** "Nov 26, 2026, 2:05 PM" in the store's zone: a list's time, to the minute. */
export function formatDateMinute(at: number, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** "Jane D.": enough to call out at the counter, no more. */
export function customerShortName(first: string, last: string): string {
  return last ? `${first} ${last.charAt(0).toUpperCase()}.` : first;
}
