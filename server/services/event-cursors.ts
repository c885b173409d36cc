import { and, asc, eq, gte, max } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { orderEvents } from "@/db/schema";

export function latestEventId(db: Db | Tx, storeId: string): number {
  return db.select({ id: max(orderEvents.id) }).from(orderEvents).where(eq(orderEvents.storeId, storeId)).get()?.id ?? 0;
}

/** The cursor just before the store's first event at or after `since`: the furthest back a board may resume. */
export function resumeFloor(db: Db | Tx, storeId: string, since: number): number {
  const first = db
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.storeId, storeId), gte(orderEvents.createdAt, since)))
    .orderBy(asc(orderEvents.createdAt))
    .limit(1)
    .get();
  return first ? first.id - 1 : latestEventId(db, storeId);
}
