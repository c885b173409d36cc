import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { transactionScope, type Engine, type TransactionKind } from "./engine";
import { MIGRATIONS, MIGRATIONS_TABLE, shippedMigrations } from "./migrations";
import * as schema from "./sqlite-schema";

/** Enough for every statement the app writes; lists of varying length (`in (?, ?, …)`) may add more, the oldest go. */
const STATEMENTS_KEPT = 1_000;

/**
 * drizzle prepares a statement for every query it runs, and preparing was about a third of the
 * server's busy time on the order intake: each SQL text is prepared once and reused instead.
 */
function statementCache(sqlite: Database.Database) {
  const kept = new Map<string, Database.Statement>();
  return (source: string) => {
    let statement = kept.get(source);
    if (statement) kept.delete(source);
    else {
      statement = sqlite.prepare(source);
      if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
    }
    kept.set(source, statement);
    return statement;
  };
}

/**
 * The embedded engine: one better-sqlite3 connection behind drizzle's async driver. The connection is
 * the transaction, so while one is open every query from outside it waits for it to end; its own
 * queries (known by the async context they run in) go straight through.
 */
export function openSqlite(file: string): Engine {
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Off while migrating (a pragma inside the migrator's transaction is ignored): a table rebuilt to
  // change a column would otherwise take its children's rows with it when the old one is dropped.
  sqlite.pragma("foreign_keys = OFF");
  migrate(drizzleSqlite(sqlite), { migrationsFolder: MIGRATIONS.sqlite });
  const broken = sqlite.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0) throw new Error(`Migrating left ${broken.length} rows whose references do not hold`);
  sqlite.pragma("foreign_keys = ON");
  const statement = statementCache(sqlite);

  let holder: { owner: object; ended: Promise<void> } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const db = drizzle(
    async (source, params, method) => {
      while (holder && transactionScope.getStore()?.owner !== holder.owner) await holder.ended;
      const prepared = statement(source);
      if (method === "run" || !prepared.reader) return { rows: [prepared.run(params)] };
      prepared.raw(true);
      // drizzle maps the rows it selected from arrays; `get` answers one row (or nothing).
      return { rows: (method === "get" ? prepared.get(params) : prepared.all(params)) as unknown[] };
    },
    { schema },
  );

  return {
    db,
    description: file,
    transaction<T>(work: () => Promise<T>, kind: TransactionKind): Promise<T> {
      const turn = queue.then(async () => {
        let end!: () => void;
        const owner = {};
        holder = { owner, ended: new Promise<void>((resolve) => (end = resolve)) };
        try {
          sqlite.exec(kind === "read" ? "BEGIN" : "BEGIN IMMEDIATE");
          try {
            const result = await transactionScope.run({ db, owner }, work);
            sqlite.exec("COMMIT");
            return result;
          } catch (error) {
            if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
            throw error;
          }
        } finally {
          holder = null;
          end();
        }
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
    async migrationsBehind() {
      const { applied } = sqlite.prepare(`select count(*) as applied from ${MIGRATIONS_TABLE.sqlite}`).get() as { applied: number };
      return shippedMigrations("sqlite") - applied;
    },
    async close() {
      sqlite.close();
    },
  };
}
