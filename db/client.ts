import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getTableName, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

export const DEFAULT_DATABASE_PATH = "data/orderboard.db";
const MIGRATIONS = path.join(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");

/** Enough for every statement the app writes; lists of varying length (`in (?, ?, …)`) may add more, the oldest go. */
const STATEMENTS_KEPT = 1_000;

/**
 * drizzle prepares a statement for every query it runs, and preparing was about a third of the
 * server's busy time on the order intake: each SQL text is prepared once and reused instead. A
 * reused statement is put back out of raw mode, which drizzle switches on for some reads.
 */
function reuseStatements(sqlite: Database.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) {
      kept.delete(source);
      if (statement.reader) statement.raw(false);
    } else {
      statement = prepare(source);
      if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
    }
    kept.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

function openDatabase(file: string) {
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const sqlite = new Database(file);
  reuseStatements(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

export type Db = ReturnType<typeof openDatabase>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// One connection per process, shared by every route bundle Next builds (and kept across hot reloads).
const cache = globalThis as unknown as { orderboardDb?: { file: string; db: Db } };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.ORDERBOARD_DB ?? DEFAULT_DATABASE_PATH);
}

export function getDb(): Db {
  const file = databasePath();
  if (cache.orderboardDb?.file !== file) {
    cache.orderboardDb?.db.$client.close();
    cache.orderboardDb = { file, db: openDatabase(file) };
  }
  return cache.orderboardDb.db;
}

/** How many of the migrations this code ships the database has not applied (0 when it is current). */
export function migrationsBehind(db: Db): number {
  const journal = JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ MIGRATIONS, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
  const { applied } = db.$client.prepare("select count(*) as applied from __drizzle_migrations").get() as { applied: number };
  return journal.entries.length - applied;
}

/**
 * A query drizzle builds once per connection and then runs with `sql.placeholder` values: building
 * the SQL of a query was most of the order intake's time. On the one SQLite connection a query made
 * here runs inside any transaction open on it.
 */
export function builtOnce<T>(build: (db: Db) => T): () => T {
  let made: { db: Db; query: T } | null = null;
  return () => {
    const db = getDb();
    if (made?.db !== db) made = { db, query: build(db) };
    return made.query;
  };
}

type Insert = { get(values: Record<string, unknown>): unknown };
const inserts = new WeakMap<Db, Map<string, Insert>>();

/**
 * Inserts one row and answers it as stored, through an INSERT built once per connection, table and
 * set of columns given (the rest take their defaults).
 */
export function insertRow<T extends SQLiteTable>(table: T, values: T["$inferInsert"]): T["$inferSelect"] {
  const db = getDb();
  const built = inserts.get(db) ?? inserts.set(db, new Map()).get(db)!;
  const given = values as Record<string, unknown>;
  const columns = Object.keys(given).filter((column) => given[column] !== undefined);
  const shape = `${getTableName(table)}(${columns.join(",")})`;
  let insert = built.get(shape);
  if (!insert) {
    const placeholders = Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)]));
    insert = db.insert(table).values(placeholders as T["$inferInsert"]).returning().prepare() as unknown as Insert;
    built.set(shape, insert);
  }
  return insert.get(given) as T["$inferSelect"];
}
