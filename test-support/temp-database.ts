// Each test file gets a database of its own: a migrated SQLite file in a temp folder, or (in the
// `postgres` project) a migrated database on the tests' PostgreSQL. Real storage, no shared state.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase } from "./postgres-server";

// Set before anything loads the data layer: the engine is chosen from DATABASE_URL when it first loads.
const onPostgres = process.env.ORDERBOARD_TEST_ENGINE === "postgres";
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-test-"));
process.env.ORDERBOARD_DB = path.join(folder, "test.db");
const databaseName = `test_${randomUUID().replaceAll("-", "")}`;
if (onPostgres) {
  process.env.DATABASE_URL = await createDatabase(inject("postgresAdminUrl"), databaseName);
  const { migratePostgres } = await import("@/db/pg-engine");
  await migratePostgres(process.env.DATABASE_URL);
}

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  const { stopEventBus } = await import("@/server/events/bus");
  await stopEventBus();
  await closeDb();
  if (onPostgres) await dropDatabase(inject("postgresAdminUrl"), databaseName);
  fs.rmSync(folder, { recursive: true, force: true });
});
