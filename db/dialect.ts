import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "./client";
import { ENGINE } from "./engine";
import { MIGRATIONS_TABLE } from "./migrations";

/**
 * Where the engines' SQL differs, in one place. Both engines' other queries are the same SQL:
 * drizzle writes it per dialect, and times are epoch milliseconds, so no date arithmetic is needed.
 */

/** `expression` contains `text`, ignoring case (SQLite's LIKE ignores ASCII case; PostgreSQL's needs ILIKE), wildcards taken literally. */
export function containsText(expression: SQLWrapper, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return ENGINE === "postgres" ? sql`${expression} ilike ${pattern} escape '\\'` : sql`${expression} like ${pattern} escape '\\'`;
}

/**
 * Locks the rows a claim selects from `table`, passing over rows another instance holds (PostgreSQL's
 * FOR UPDATE SKIP LOCKED), so instances sharing the outbox never take the same row. SQLite has one
 * writer at a time and needs nothing.
 */
export function skippingLocked<Q>(query: Q, table: SQLiteTable): Q {
  if (ENGINE !== "postgres") return query;
  return (query as unknown as { for(strength: "update", config: { of: unknown; skipLocked: true }): Q }).for("update", { of: table, skipLocked: true });
}

type RawRunner = { run(q: SQL): Promise<unknown>; values(q: SQL): Promise<unknown[][]>; execute(q: SQL): Promise<{ rows: Record<string, unknown>[] }> };

/** Runs a statement that answers no rows (DDL, maintenance), in the current transaction if one is open. */
export async function runStatement(statement: SQL): Promise<void> {
  const db = getDb() as unknown as RawRunner;
  await (ENGINE === "postgres" ? db.execute(statement) : db.run(statement));
}

/** The rows of a raw SELECT as arrays of values, in the order it names its columns. */
export async function selectValues(statement: SQL): Promise<unknown[][]> {
  const db = getDb() as unknown as RawRunner;
  return ENGINE === "postgres" ? (await db.execute(statement)).rows.map((row) => Object.values(row)) : db.values(statement);
}

/** The table drizzle records applied migrations in, which differs per engine. */
export const migrationsTable = () => sql.raw(MIGRATIONS_TABLE[ENGINE]);
