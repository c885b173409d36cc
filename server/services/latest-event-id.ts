import { eq, max } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { orderEvents } from "@/db/schema";

export function latestEventId(db: Db | Tx, storeId: string): number {
  return db.select({ id: max(orderEvents.id) }).from(orderEvents).where(eq(orderEvents.storeId, storeId)).get()?.id ?? 0;
}
