import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { builtOnce, getDb, insertRow, type Db, type Tx } from "@/db/client";
import { customers } from "@/db/schema";
import { NotFound } from "@/server/domain/errors";
import type { NewOrder } from "@/server/domain/new-order";

const newestMatch = (by: "externalId" | "phone" | "email") =>
  builtOnce((db) =>
    db
      .select()
      .from(customers)
      .where(
        and(
          eq(customers.storeId, sql.placeholder("storeId")),
          eq(customers[by], sql.placeholder("key")),
          by === "externalId" ? eq(customers.platform, sql.placeholder("platform")) : undefined,
        ),
      )
      .orderBy(desc(customers.lastOrderAt))
      .limit(1)
      .prepare(),
  );
// On the intake's hot path: each lookup is prepared once.
const byExternalId = newestMatch("externalId");
const byPhone = newestMatch("phone");
const byEmail = newestMatch("email");

/**
 * The store's record of the customer of a new order: the platform's customer id matches first, then
 * the phone, then the email; the record found counts the order, and fills in contact details it
 * lacked. A customer nobody matches gets a new record. Called in the order's own transaction.
 */
export async function customerFor(tx: Tx, order: NewOrder, now: number): Promise<number> {
  const { customer, store_id: storeId, platform } = order;
  const [found] = customer.external_id
    ? await byExternalId().execute({ storeId, key: customer.external_id, platform })
    : customer.phone
      ? await byPhone().execute({ storeId, key: customer.phone })
      : customer.email
        ? await byEmail().execute({ storeId, key: customer.email })
        : [];
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
