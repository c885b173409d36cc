import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { builtOnce, getDb, insertRow, transaction, type Tx } from "@/db/client";
import { menuItems } from "@/db/schema";
import { Duplicate, InvalidRequest, NotFound } from "@/server/domain/errors";
import { dishesOf, menuKey, type MenuItemChange, type MenuItemInput } from "@/server/domain/menu";
import type { NewOrder } from "@/server/domain/new-order";

// On the intake's hot path: prepared once.
const dishByKey = builtOnce((db) =>
  db
    .select({ id: menuItems.id, platformIds: menuItems.platformIds })
    .from(menuItems)
    .where(and(eq(menuItems.storeId, sql.placeholder("storeId")), eq(menuItems.nameKey, sql.placeholder("key"))))
    .prepare(),
);

/**
 * The store's menu learns from each order it takes in: a dish it has not seen is added at the price
 * it sold for, and a platform's id for a known dish is kept. What a manager set is never overwritten.
 * Called in the order's own transaction.
 */
export async function learnMenu(tx: Tx, order: NewOrder, now: number) {
  for (const dish of dishesOf(order.platform, order.items)) {
    const [known] = await dishByKey().execute({ storeId: order.store_id, key: dish.key });
    if (!known) {
      await insertRow(menuItems, { storeId: order.store_id, name: dish.name, nameKey: dish.key, priceCents: dish.priceCents, platformIds: dish.platformIds, createdAt: now, updatedAt: now });
    } else if (Object.entries(dish.platformIds).some(([platform, id]) => !(platform in known.platformIds) && id)) {
      await tx
        .update(menuItems)
        .set({ platformIds: { ...dish.platformIds, ...known.platformIds }, updatedAt: now })
        .where(eq(menuItems.id, known.id));
    }
  }
}

export type MenuItem = typeof menuItems.$inferSelect;

/** A store's menu, by category then name. */
export async function listMenu(storeId: string): Promise<MenuItem[]> {
  return getDb().select().from(menuItems).where(eq(menuItems.storeId, storeId)).orderBy(asc(menuItems.category), asc(menuItems.nameKey));
}

async function sameName(tx: Tx, storeId: string, name: string, except: number | null) {
  const [same] = await tx.select({ id: menuItems.id }).from(menuItems).where(and(eq(menuItems.storeId, storeId), eq(menuItems.nameKey, menuKey(name))));
  if (same && same.id !== except) throw new Duplicate(`The menu has "${name}" already (item ${same.id})`);
}

/** A dish a manager adds by hand: one per name (whatever its case) per store. */
export async function addMenuItem(storeId: string, input: MenuItemInput): Promise<MenuItem> {
  return transaction(
    async (tx) => {
      await sameName(tx, storeId, input.name, null);
      const now = Date.now();
      return insertRow(menuItems, {
        storeId,
        name: input.name,
        nameKey: menuKey(input.name),
        category: input.category,
        priceCents: input.price_cents,
        platformIds: input.platform_ids,
        stock: input.stock,
        createdAt: now,
        updatedAt: now,
      });
    },
    { write: true },
  );
}

/** A manager's correction of a dish: its name, category, price or platform ids. */
export async function updateMenuItem(storeId: string, itemId: number, change: MenuItemChange): Promise<MenuItem> {
  if (Object.values(change).every((value) => value === undefined)) throw new InvalidRequest("Name at least one field to change: name, category, price_cents, platform_ids or stock");
  return transaction(
    async (tx) => {
      const [item] = await tx.select().from(menuItems).where(and(eq(menuItems.id, itemId), eq(menuItems.storeId, storeId)));
      if (!item) throw new NotFound(`Item ${itemId} is not on this store's menu`);
      if (change.name !== undefined) await sameName(tx, storeId, change.name, itemId);
      const [updated] = await tx
        .update(menuItems)
        .set({
          ...(change.name === undefined ? {} : { name: change.name, nameKey: menuKey(change.name) }),
          ...(change.category === undefined ? {} : { category: change.category }),
          ...(change.price_cents === undefined ? {} : { priceCents: change.price_cents }),
          ...(change.platform_ids === undefined ? {} : { platformIds: change.platform_ids }),
          ...(change.stock === undefined ? {} : { stock: change.stock }),
          updatedAt: Date.now(),
        })
        .where(eq(menuItems.id, itemId))
        .returning();
      return updated!;
    },
    { write: true },
  );
}
