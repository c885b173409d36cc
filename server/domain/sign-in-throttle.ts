/** Wrong PINs allowed in a row before a wait starts. */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** The wait after this many wrong PINs in a row: none for the first few, then 30 s doubling to 15 min. */
export function lockoutMs(failuresInARow: number): number {
  if (failuresInARow < FREE_ATTEMPTS) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failuresInARow - FREE_ATTEMPTS));
}

/** A shift is long: a tablet left alone this long signs its person out. */
export const SESSION_IDLE_MS = 10 * 60 * 60_000;
/** Seen-at is refreshed at most this often, so reading a session rarely writes. */
export const SESSION_TOUCH_MS = 60_000;
