import { AsyncLocalStorage } from "node:async_hooks";
import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import type * as schema from "./sqlite-schema";

/** `DATABASE_URL` selects PostgreSQL; without it the app keeps its embedded SQLite file. Read once, at start. */
export const ENGINE: "sqlite" | "postgres" = process.env.DATABASE_URL ? "postgres" : "sqlite";

/**
 * The one data layer every service is written against, on either engine: drizzle's async query
 * builder, typed by the SQLite schema (the PostgreSQL tables carry the same TypeScript types). Queries
 * are awaited; `.get()`, `.all()` and `.run()` exist only on SQLite and are refused by lint.
 */
export type Db = SqliteRemoteDatabase<typeof schema>;
/** Inside `transaction`, `getDb()` answers the transaction itself: the name says what a parameter expects. */
export type Tx = Db;

/**
 * `read`: one snapshot, no writes. `serial`: a writer that runs alone, so its read-then-write
 * decisions hold and event ids commit in order. `rows`: a writer that only locks the rows it
 * takes (a claim with FOR UPDATE SKIP LOCKED), beside other writers.
 */
export type TransactionKind = "read" | "serial" | "rows";

/** What each engine provides; everything else in the app is the same on both. */
export type Engine = {
  db: Db;
  /** Runs `work` in one transaction, with `getDb()` answering it. */
  transaction<T>(work: () => Promise<T>, kind: TransactionKind): Promise<T>;
  migrationsBehind(): Promise<number>;
  close(): Promise<void>;
  /** Where the data lives, for logs: a file path, or the server without its password. */
  description: string;
};

/** The transaction the current call runs in, if any; shared by every route bundle Next builds. */
export type TransactionScope = { db: Db; owner: object };
const shared = globalThis as unknown as { orderboardTransactions?: AsyncLocalStorage<TransactionScope> };
export const transactionScope = (shared.orderboardTransactions ??= new AsyncLocalStorage<TransactionScope>());
