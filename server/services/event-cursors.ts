import "server-only";
import { and, asc, eq, gte, max } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { orderEvents } from "@/db/schema";

export async function latestEventId(db: Db | Tx, storeId: string): Promise<number> {
  const [latest] = await db.select({ id: max(orderEvents.id) }).from(orderEvents).where(eq(orderEvents.storeId, storeId));
  return latest?.id ?? 0;
}

/** The cursor just before the store's first event at or after `since`: the furthest back a board may resume. */
export async function resumeFloor(db: Db | Tx, storeId: string, since: number): Promise<number> {
  const [first] = await db
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.storeId, storeId), gte(orderEvents.createdAt, since)))
    .orderBy(asc(orderEvents.createdAt))
    .limit(1);
  return first ? first.id - 1 : latestEventId(db, storeId);
}

/** A board resumes at most this far back; older history is for managers, on History. */
export const RESUME_WINDOW_MS = 24 * 60 * 60_000;

/** Where a board's stream starts: just after `given` (its last event), else now; never before the resume window. */
export async function resumeCursor(storeId: string, given: number | null, now = Date.now()): Promise<number> {
  const db = getDb();
  if (given === null) return latestEventId(db, storeId);
  return Math.max(given, await resumeFloor(db, storeId, now - RESUME_WINDOW_MS));
}
