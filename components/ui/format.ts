const MINUTE = 60_000;

/** "just now", "4 min", "1 h 5 min": how long something has been going on. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return "just now";
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

/** "in 5 min", "3 min ago", "now". */
export function formatRelative(at: number, now: number): string {
  const diff = at - now;
  if (Math.abs(diff) < MINUTE) return "now";
  return diff > 0 ? `in ${formatDuration(diff)}` : `${formatDuration(-diff)} ago`;
}

/** A wall-clock time in the store's own time zone. */
export function formatClock(at: number, timeZone: string, withSeconds = false): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    second: withSeconds ? "2-digit" : undefined,
  }).format(at);
}

export function formatDateTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "medium" }).format(at);
}

/** "Nov 26, 2026, 2:05 PM" in the store's zone: a list's time, to the minute. */
export function formatDateMinute(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** "1 order", "3 orders". */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Jane D.": enough to call out at the counter, no more. */
export function customerShortName(first: string, last: string): string {
  return last ? `${first} ${last.charAt(0).toUpperCase()}.` : first;
}
