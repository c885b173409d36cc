import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS } from "./migrations";
import { openSqlite } from "./sqlite-engine";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-migrations-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The shipped migrations up to (not including) the one named: a database as an older release left it. */
function migrationsBefore(tag: string): string {
  const older = path.join(folder, `before-${tag}`);
  fs.cpSync(MIGRATIONS.sqlite, older, { recursive: true });
  const journalFile = path.join(older, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((entry) => entry.tag === tag));
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return older;
}

/** Inserts a row giving every required column a value of its type, and the columns named. */
function insert(db: Database.Database, table: string, values: Record<string, unknown>): number {
  const columns = db.pragma(`table_info(${table})`) as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[];
  const row: Record<string, unknown> = {};
  for (const column of columns) {
    if (column.name in values) row[column.name] = values[column.name];
    else if (column.notnull && column.dflt_value === null && !column.pk) row[column.name] = column.type === "integer" ? 1 : "x";
  }
  const names = Object.keys(row);
  return Number(db.prepare(`insert into ${table} (${names.join(", ")}) values (${names.map(() => "?").join(", ")})`).run(...Object.values(row)).lastInsertRowid);
}

describe("migrating an existing SQLite file", () => {
  it("rebuilds the tables whose order became optional without losing a row, their children's rows included", async () => {
    const file = path.join(folder, "old.db");
    const old = new Database(file);
    migrate(drizzle(old), { migrationsFolder: migrationsBefore("0015_store_controls") });
    insert(old, "stores", { id: "s1", name: "Old store", timezone: "UTC" });
    const orderId = insert(old, "orders", { store_id: "s1", platform: "doordash" });
    const eventId = insert(old, "order_events", { order_id: orderId, store_id: "s1", type: "created" });
    const notificationId = insert(old, "platform_notifications", { order_id: orderId, store_id: "s1", platform: "doordash", event_id: eventId, payload: "{}" });
    insert(old, "notification_attempts", { notification_id: notificationId });
    insert(old, "notification_attempts", { notification_id: notificationId });
    old.close();

    const engine = openSqlite(file);
    expect(await engine.migrationsBehind()).toBe(0);
    await engine.close();
    const migrated = new Database(file, { readonly: true });
    const count = (sql: string, ...params: unknown[]) => (migrated.prepare(`select count(*) as n from ${sql}`).get(...params) as { n: number }).n;
    expect(count("order_events where id = ? and order_id = ?", eventId, orderId)).toBe(1);
    expect(count("platform_notifications where id = ? and order_id = ?", notificationId, orderId)).toBe(1);
    expect(count("notification_attempts where notification_id = ?", notificationId)).toBe(2);
    expect(count("stores where id = ? and paused = 0 and pause_until is null", "s1")).toBe(1);
    expect(migrated.pragma("foreign_key_check")).toEqual([]);
    migrated.close();
  });
});
