import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { stores } from "@/db/schema";
import { StoreNotFound } from "@/server/domain/errors";

export async function listStores() {
  return await getDb().select().from(stores).orderBy(asc(stores.name));
}

export async function getStore(storeId: string, db: Db | Tx = getDb()) {
  const [store] = await db.select().from(stores).where(eq(stores.id, storeId));
  if (!store) throw new StoreNotFound(storeId);
  return store;
}

export async function updateStore(storeId: string, changes: { name: string; timezone: string; schedulePrepMinutes?: number; scheduleBufferMinutes?: number; notPickedUpMinutes?: number }) {
  await getStore(storeId);
  const [store] = await getDb().update(stores).set(changes).where(eq(stores.id, storeId)).returning();
  return store!;
}
