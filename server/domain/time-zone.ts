const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", weekday: "short" });
    formatters.set(timeZone, format);
  }
  return format;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** An epoch-millisecond UTC time as ISO 8601; null stays null. */
export function toIso(ms: number): string;
export function toIso(ms: number | null): string | null;
export function toIso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** The wall clock in a time zone at an instant: the day as YYYY-MM-DD, the hour, the weekday (Monday 0). */
export function localTime(at: number, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((part) => [part.type, part.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday!),
  };
}

/** The instant a local day starts in a time zone (DST-safe: it converges on the zone's own offset). */
export function startOfLocalDay(day: string, timeZone: string): number {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = Date.UTC(year, month - 1, date);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const local = localTime(guess, timeZone);
    const [y, m, d] = local.day.split("-").map(Number) as [number, number, number];
    const shownAsUtc = Date.UTC(y, m - 1, d, local.hour, local.minute);
    guess += target - shownAsUtc;
  }
  return guess;
}

/** The local day after `day` (YYYY-MM-DD), by the calendar, not by adding 24 hours. */
export function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The instant the local day holding `at` ends in a time zone: the next day's midnight, 23 or 25 hours away on a DST change. */
export function endOfLocalDay(at: number, timeZone: string): number {
  return startOfLocalDay(nextDay(localTime(at, timeZone).day), timeZone);
}
