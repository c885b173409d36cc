import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";

/** How long a key is remembered. */
export const KEY_LIFETIME_MS = 24 * 60 * 60_000;
/** A request still running after this is taken for dead (its process stopped), and the key is free again. */
const RUNNING_LIMIT_MS = 60_000;

export type Claim =
  | { kind: "new" }
  | { kind: "replay"; status: number; body: string }
  | { kind: "running" }
  | { kind: "other-request" };

/**
 * Claims `key` for a request (by its hash), atomically: the first claim runs the request, a later one
 * gets its stored answer, or learns it is still running, or that the key belongs to another request.
 */
export function claimKey(tokenId: number, key: string, requestHash: string, now = Date.now()): Promise<Claim> {
  return transaction(
    async (tx) => {
      await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, now - KEY_LIFETIME_MS));
      const mine = and(eq(idempotencyKeys.tokenId, tokenId), eq(idempotencyKeys.key, key));
      const [row] = await tx.select().from(idempotencyKeys).where(mine);
      if (row && row.status === null && row.createdAt < now - RUNNING_LIMIT_MS) await tx.delete(idempotencyKeys).where(mine);
      else if (row) {
        if (row.requestHash !== requestHash) return { kind: "other-request" };
        return row.status === null ? { kind: "running" } : { kind: "replay", status: row.status, body: row.body ?? "" };
      }
      await tx.insert(idempotencyKeys).values({ tokenId, key, requestHash, createdAt: now });
      return { kind: "new" };
    },
    { write: true },
  );
}

/** Keeps the answer for the key's lifetime. */
export async function keepAnswer(tokenId: number, key: string, status: number, body: string) {
  await getDb()
    .update(idempotencyKeys)
    .set({ status, body })
    .where(and(eq(idempotencyKeys.tokenId, tokenId), eq(idempotencyKeys.key, key)));
}

/** Frees the key of a request that did not run to an answer worth keeping (our own failure), so a retry acts. */
export async function releaseKey(tokenId: number, key: string) {
  await getDb()
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tokenId, tokenId), eq(idempotencyKeys.key, key)));
}
