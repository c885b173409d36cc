/** When a platform notification is tried again: at once, then about 1 s, 2 s, 4 s, … capped at a minute, each ±20 %. */
export const RETRY_BASE_MS = 1_000;
export const RETRY_CAP_MS = 60_000;
export const RETRY_JITTER = 0.2;
/** A Retry-After longer than this is not waited for; the notification's own deadline still applies. */
export const RETRY_AFTER_CAP_MS = 10 * 60_000;
export const SEND_TIMEOUT_MS = 10_000;
/** How long a failing notification goes before the board shows it. */
export const FAILING_ALERT_MS = 2 * 60_000;

/** The wait after the given number of failed attempts (1 = the first try failed). */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, failedAttempts - 1), RETRY_CAP_MS);
  return Math.round(base * (1 - RETRY_JITTER + 2 * RETRY_JITTER * random()));
}

/** What an answer means for the notification; `null` is no answer at all (refused, reset, timed out). */
export function attemptVerdict(status: number | null): "sent" | "retry" | "stop" {
  if (status === null || status >= 500) return "retry";
  if (status >= 200 && status < 300) return "sent";
  // A timeout, a conflict that may clear, and rate limiting are worth another try; other refusals will not change.
  if (status === 408 || status === 409 || status === 429) return "retry";
  return "stop";
}

/** Reads Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const wait = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(wait) ? Math.min(Math.max(0, wait), RETRY_AFTER_CAP_MS) : null;
}
