import { nextDay, startOfLocalDay } from "./time-zone";

/** A store's own event as the figures read it: pauses, resumes, busy mode, 86s. */
export type ControlEvent = { type: string; createdAt: number; message: string | null; actorName: string; data: Record<string, unknown> | null };

const MINUTE = 60_000;
export const NO_REASON = "No reason given";

type Span = { from: number; to: number; label: string };

/**
 * The spans a state held, from events that set it (`label` names what was set, null ends it):
 * each ends at the next change, at its own `until`, or at `end` (now, or the range's end).
 */
function spans(events: readonly ControlEvent[], set: (event: ControlEvent) => { label: string | null; until: number | null } | null, end: number): Span[] {
  const result: Span[] = [];
  let open: { from: number; label: string; until: number | null } | null = null;
  const close = (at: number) => {
    if (open) result.push({ from: open.from, to: Math.min(at, open.until ?? Infinity), label: open.label });
    open = null;
  };
  for (const event of events) {
    const state = set(event);
    if (!state) continue;
    close(event.createdAt);
    if (state.label !== null) open = { from: event.createdAt, label: state.label, until: state.until };
  }
  close(end);
  return result.filter((span) => span.to > span.from);
}

/** Minutes of each span per local day of the range, by label. */
function minutesByDay(found: readonly Span[], timeZone: string, fromDay: string, toDay: string) {
  const days: { day: string; minutes: Record<string, number> }[] = [];
  for (let day = fromDay; day <= toDay; day = nextDay(day)) {
    const start = startOfLocalDay(day, timeZone);
    const end = startOfLocalDay(nextDay(day), timeZone);
    const minutes: Record<string, number> = {};
    for (const span of found) {
      const overlap = Math.min(span.to, end) - Math.max(span.from, start);
      if (overlap > 0) minutes[span.label] = (minutes[span.label] ?? 0) + overlap / MINUTE;
    }
    days.push({ day, minutes: Object.fromEntries(Object.entries(minutes).map(([label, value]) => [label, Math.round(value)])) });
  }
  return days;
}

const until = (event: ControlEvent) => (typeof event.data?.until === "number" ? event.data.until : null);

/**
 * What the store's controls cost it over a range of its local days: minutes paused per day and why,
 * minutes in busy mode per day and by how much, the items 86'd most, and orders auto-accepted.
 * `events` are the store's own events (oldest first) from before the range too, so a pause begun
 * earlier counts; `now` ends what is still in force.
 */
export function controlFigures({ events, autoAccepted, timeZone, fromDay, toDay, now }: { events: readonly ControlEvent[]; autoAccepted: number; timeZone: string; fromDay: string; toDay: string; now: number }) {
  const end = Math.min(now, startOfLocalDay(nextDay(toDay), timeZone));
  const paused = spans(events, (event) => (event.type === "store_paused" ? { label: event.message ?? NO_REASON, until: until(event) } : event.type === "store_resumed" ? { label: null, until: null } : null), end);
  const busy = spans(events, (event) => (event.type === "busy_changed" ? { label: Number(event.data?.minutes) > 0 ? `+${Number(event.data?.minutes)} min` : null, until: until(event) } : null), end);
  const start = startOfLocalDay(fromDay, timeZone);
  const out = new Map<string, number>();
  for (const event of events) {
    if (event.type !== "item_availability" || event.data?.available !== false || event.createdAt < start || event.createdAt >= end) continue;
    const name = String(event.data.name ?? event.message);
    out.set(name, (out.get(name) ?? 0) + 1);
  }
  return {
    pausedByDay: minutesByDay(paused, timeZone, fromDay, toDay),
    busyByDay: minutesByDay(busy, timeZone, fromDay, toDay),
    mostOut: [...out].map(([name, times]) => ({ name, times })).sort((a, b) => b.times - a.times || a.name.localeCompare(b.name)).slice(0, 10),
    autoAccepted,
  };
}
export type ControlFigures = ReturnType<typeof controlFigures>;
