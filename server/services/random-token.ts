import { randomFillSync } from "node:crypto";

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let used = POOL_BYTES;

/**
 * `bytes` random bytes from the system's generator as base64url text, drawn from a pool filled 4 KiB
 * at a time (as Node does for `randomUUID`): a call of the generator per order's tracking token was
 * a twentieth of the intake's time. Each byte is handed out once.
 */
export function randomToken(bytes: number): string {
  if (bytes > POOL_BYTES) throw new RangeError(`At most ${POOL_BYTES} bytes at a time`);
  if (used + bytes > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const token = pool.toString("base64url", used, used + bytes);
  used += bytes;
  return token;
}
