import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { stores } from "@/db/schema";
import { StoreNotFound } from "@/server/domain/errors";

export function listStores() {
  return getDb().select().from(stores).orderBy(asc(stores.name)).all();
}

export function getStore(storeId: string, db: Db | Tx = getDb()) {
  const store = db.select().from(stores).where(eq(stores.id, storeId)).get();
  if (!store) throw new StoreNotFound(storeId);
  return store;
}

export function updateStore(storeId: string, changes: { name: string; timezone: string }) {
  getStore(storeId);
  return getDb().update(stores).set(changes).where(eq(stores.id, storeId)).returning().get()!;
}
