import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, insertRow, type Db, type Tx } from "@/db/client";
import { customers } from "@/db/schema";
import { NotFound } from "@/server/domain/errors";
import type { NewOrder } from "@/server/domain/new-order";

/**
 * The store's record of the customer of a new order: the platform's customer id matches first, then
 * the phone, then the email; the record found counts the order, and fills in contact details it
 * lacked. A customer nobody matches gets a new record. Called in the order's own transaction.
 */
export async function customerFor(tx: Tx, order: NewOrder, now: number): Promise<number> {
  const { customer, store_id: storeId, platform } = order;
  const inStore = eq(customers.storeId, storeId);
  const byKey = customer.external_id
    ? and(inStore, eq(customers.platform, platform), eq(customers.externalId, customer.external_id))
    : customer.phone
      ? and(inStore, eq(customers.phone, customer.phone))
      : customer.email
        ? and(inStore, eq(customers.email, customer.email))
        : undefined;
  const [found] = byKey ? await tx.select().from(customers).where(byKey).orderBy(desc(customers.lastOrderAt)).limit(1) : [];
  if (found) {
    await tx
      .update(customers)
      .set({
        orderCount: sql`${customers.orderCount} + 1`,
        lastOrderAt: Math.max(found.lastOrderAt, now),
        phone: found.phone ?? customer.phone ?? null,
        email: found.email ?? customer.email ?? null,
        updatedAt: now,
      })
      .where(eq(customers.id, found.id));
    return found.id;
  }
  const row = await insertRow(customers, {
    storeId,
    platform: customer.external_id ? platform : null,
    externalId: customer.external_id ?? null,
    firstName: customer.first_name,
    lastName: customer.last_name,
    phone: customer.phone ?? null,
    email: customer.email ?? null,
    orderCount: 1,
    firstOrderAt: now,
    lastOrderAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return row.id;
}

export async function getCustomer(customerId: number, db: Db | Tx = getDb()) {
  const [row] = await db.select().from(customers).where(eq(customers.id, customerId));
  if (!row) throw new NotFound(`Customer ${customerId} does not exist`);
  return row;
}

/** The notes a manager keeps about a customer (allergies, preferences), shown on every order of theirs. */
export async function setCustomerNotes(customerId: number, notes: string) {
  const [row] = await getDb().update(customers).set({ notes, updatedAt: Date.now() }).where(eq(customers.id, customerId)).returning();
  if (!row) throw new NotFound(`Customer ${customerId} does not exist`);
  return row;
}
