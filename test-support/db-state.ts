import { eq, sql } from "drizzle-orm";
import Database from "better-sqlite3";
import pg from "pg";
import { databasePath, getDb, rowCount } from "@/db/client";
import { ENGINE } from "@/db/engine";
import { runStatement } from "@/db/dialect";
import { orderEvents, orderItems, orders, platformNotifications, quarantinedDeliveries, webhookDeliveries } from "@/db/schema";

/** Row counts of everything an order write touches, to prove a refusal wrote nothing. */
export async function writeCounts() {
  return { orders: await rowCount(orders), items: await rowCount(orderItems), events: await rowCount(orderEvents) };
}

/** Row counts of everything a platform's delivery can write. */
export async function deliveryCounts() {
  return {
    ...(await writeCounts()),
    deliveries: await rowCount(webhookDeliveries),
    quarantined: await rowCount(quarantinedDeliveries),
    notifications: await rowCount(platformNotifications),
  };
}

export function eventsOf(orderId: number) {
  return getDb().select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
}

/** Makes a table unreachable (renamed away) until the returned function puts it back: storage failing, on either engine. */
export async function breakTable(table: string): Promise<() => Promise<void>> {
  await runStatement(sql.raw(`alter table ${table} rename to ${table}_away`));
  return () => runStatement(sql.raw(`alter table ${table}_away rename to ${table}`));
}

/** A second connection to the test's database, as another process (or instance) would have. */
export async function anotherConnection() {
  if (ENGINE === "postgres") {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    return {
      eventVisible: async (id: number) => (await client.query("select 1 from order_events where id = $1", [id])).rowCount === 1,
      close: () => client.end(),
    };
  }
  const reader = new Database(databasePath(), { readonly: true });
  return {
    eventVisible: async (id: number) => reader.prepare("select 1 from order_events where id = ?").get(id) !== undefined,
    close: async () => void reader.close(),
  };
}
