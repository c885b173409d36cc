import "server-only";
import path from "node:path";
import { count, getTableName, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { ENGINE, transactionScope, type Db, type Engine, type Tx } from "./engine";
import { openPostgres } from "./pg-engine";
import { openSqlite } from "./sqlite-engine";

export type { Db, Tx };

// One engine per process (the SQLite connection, or the PostgreSQL pool), shared by every route bundle Next builds.
const shared = globalThis as unknown as { orderboardDb?: Engine };

export const DEFAULT_DATABASE_PATH = "data/orderboard.db";

/** The SQLite file, absolute: `ORDERBOARD_DB`, else the default. */
export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.ORDERBOARD_DB ?? DEFAULT_DATABASE_PATH);
}

/** The database the environment names, opened at the first query after start or `closeDb` (reading the environment at every query cost the intake time). */
function engine(): Engine {
  shared.orderboardDb ??= ENGINE === "postgres" ? openPostgres(process.env.DATABASE_URL!) : openSqlite(databasePath());
  return shared.orderboardDb;
}

/** The database, or inside `transaction` the transaction: a query made here is part of it. */
export function getDb(): Db {
  return transactionScope.getStore()?.db ?? engine().db;
}

type TransactionOptions = {
  /**
   * A transaction that writes: writers run one at a time (SQLite's IMMEDIATE; an advisory lock on
   * PostgreSQL), so a read-then-write decision holds, and event ids commit in the order they were
   * given, which is what lets every board resume from the last id it saw.
   */
  write?: boolean;
  /** false: a writer that writes no events and locks its own rows (SKIP LOCKED) need not wait for the others (PostgreSQL). */
  serialize?: boolean;
};

/** Runs `work` in one transaction (a nested call joins the one open); it commits when `work` resolves. */
export async function transaction<T>(work: (tx: Tx) => Promise<T>, { write = false, serialize = true }: TransactionOptions = {}): Promise<T> {
  const open = transactionScope.getStore();
  if (open) return work(open.db);
  return engine().transaction(() => work(getDb()), !write ? "read" : serialize ? "serial" : "rows");
}

/** How many of the migrations this code ships the database has not applied (0 when it is current). */
export function migrationsBehind(): Promise<number> {
  return engine().migrationsBehind();
}

export function describeDatabase(): string {
  return engine().description;
}

/** Closes the connection or pool (tests, and scripts that must exit). */
export async function closeDb() {
  const open = shared.orderboardDb;
  delete shared.orderboardDb;
  await open?.close();
}

/** How many rows a table holds. */
export async function rowCount(table: SQLiteTable): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/**
 * A query drizzle builds once and then runs with `sql.placeholder` values (`.execute(values)`):
 * building the SQL of a query was most of the order intake's time. On SQLite it is built once per
 * connection and runs inside any transaction open on it; on PostgreSQL it is built on the current
 * transaction or pool, where building costs little beside the round trip.
 */
export function builtOnce<T>(build: (db: Db) => T): () => T {
  if (ENGINE === "postgres") return () => build(getDb());
  let made: { db: Db; query: T } | null = null;
  return () => {
    const db = engine().db;
    if (made?.db !== db) made = { db, query: build(db) };
    return made.query;
  };
}

type Insert = { execute(values: Record<string, unknown>): Promise<unknown[]> };
const inserts = new WeakMap<Db, Map<string, Insert>>();

/** The given columns of a row to insert (the rest take their defaults). */
const givenColumns = (row: Record<string, unknown>) => Object.keys(row).filter((column) => row[column] !== undefined);

/** The SQLite INSERT of `count` rows giving `columns` (the rest take their defaults), built once per connection. */
function builtInsert(table: SQLiteTable, columns: string[], count: number): Insert {
  const db = engine().db;
  const built = inserts.get(db) ?? inserts.set(db, new Map()).get(db)!;
  const key = `${getTableName(table)}(${columns.join(",")})×${count}`;
  let insert = built.get(key);
  if (!insert) {
    const rows = Array.from({ length: count }, (_, at) => Object.fromEntries(columns.map((column) => [column, sql.placeholder(placeholderName(at, column))])));
    insert = db.insert(table).values(rows).returning().prepare() as unknown as Insert;
    built.set(key, insert);
  }
  return insert;
}

/** The first row's values keep their columns' names, so one row is passed on as it is. */
const placeholderName = (at: number, column: string) => (at === 0 ? column : `${at}.${column}`);

/**
 * Inserts rows of one table and answers them as stored, in the order given, in one statement (on
 * SQLite rows giving different columns go in one statement each).
 */
export async function insertRows<T extends SQLiteTable>(table: T, rows: T["$inferInsert"][]): Promise<T["$inferSelect"][]> {
  if (rows.length === 0) return [];
  if (ENGINE === "postgres") return (await getDb().insert(table).values(rows).returning()) as T["$inferSelect"][];
  const given = rows as Record<string, unknown>[];
  const columns = givenColumns(given[0]!);
  if (given.length === 1) return (await builtInsert(table, columns, 1).execute(given[0]!)) as T["$inferSelect"][];
  const shape = columns.join(",");
  if (given.some((row) => givenColumns(row).join(",") !== shape)) {
    const stored: T["$inferSelect"][] = [];
    for (const row of rows) stored.push(...(await insertRows(table, [row])));
    return stored;
  }
  const values = Object.fromEntries(given.flatMap((row, at) => columns.map((column) => [placeholderName(at, column), row[column]])));
  const stored = (await builtInsert(table, columns, given.length).execute(values)) as T["$inferSelect"][];
  // SQLite does not promise RETURNING's order; rows numbered by the database were numbered in the order they went in.
  const idOf = (row: unknown) => (row as { id?: unknown }).id;
  return stored.every((row) => typeof idOf(row) === "number") ? stored.sort((a, b) => (idOf(a) as number) - (idOf(b) as number)) : stored;
}

/** Inserts one row and answers it as stored. */
export async function insertRow<T extends SQLiteTable>(table: T, values: T["$inferInsert"]): Promise<T["$inferSelect"]> {
  const [row] = await insertRows(table, [values]);
  return row!;
}
