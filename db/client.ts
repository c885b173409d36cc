import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export const DEFAULT_DATABASE_PATH = "data/orderboard.db";

function openDatabase(file: string) {
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(/*turbopackIgnore: true*/ process.cwd(), "db/migrations") });
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
