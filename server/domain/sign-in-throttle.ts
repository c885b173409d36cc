/**
 * Wrong PINs allowed in a row before waits start, per counter. A tablet gives each person a few
 * tries; a person's tries add up across every tablet; a network address (which every tablet of a
 * store shares) counts only browsers that are not a known tablet, so one tablet under attack never
 * locks the store.
 */
export const FREE_ATTEMPTS = { tabletPerson: 5, person: 10, address: 20 } as const;
export type ThrottleScope = keyof typeof FREE_ATTEMPTS;

const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
/** A counter untouched this long starts again from zero. */
export const FORGET_FAILURES_AFTER_MS = 60 * 60_000;

/** The wait after this many wrong PINs in a row: none for the free ones, then 30 s doubling to 15 min. */
export function lockoutMs(failuresInARow: number, freeAttempts: number = FREE_ATTEMPTS.tabletPerson): number {
  if (failuresInARow < freeAttempts) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failuresInARow - freeAttempts));
}

/** The counters one sign-in attempt is held against. */
export function throttleKeys({ employeeId, clientAddress, tablet }: { employeeId: number; clientAddress: string; tablet: { id: string; known: boolean } | null }) {
  const keys: { key: string; free: number }[] = [{ key: personThrottleKey(employeeId), free: FREE_ATTEMPTS.person }];
  if (tablet) keys.push({ key: `tablet:${tablet.id}:person:${employeeId}`, free: FREE_ATTEMPTS.tabletPerson });
  if (!tablet?.known) keys.push({ key: `address:${clientAddress}`, free: FREE_ATTEMPTS.address });
  return keys;
}

export const personThrottleKey = (employeeId: number) => `person:${employeeId}`;
/** Every tablet's counter for one person, as a LIKE pattern, for a manager's unlock. */
export const tabletPersonThrottlePattern = (employeeId: number) => `tablet:%:person:${employeeId}`;

/** A shift is long: a tablet left alone this long signs its person out. */
export const SESSION_IDLE_MS = 10 * 60 * 60_000;
/** Seen-at is refreshed at most this often, so reading a session rarely writes. */
export const SESSION_TOUCH_MS = 60_000;
