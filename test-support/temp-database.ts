// Each test file gets its own migrated SQLite file in a temp folder: real storage, no shared state.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-test-"));
process.env.ORDERBOARD_DB = path.join(folder, "test.db");

afterAll(() => {
  const cache = globalThis as unknown as { orderboardDb?: { db: { $client: { close(): void } } } };
  cache.orderboardDb?.db.$client.close();
  delete cache.orderboardDb;
  fs.rmSync(folder, { recursive: true, force: true });
});
