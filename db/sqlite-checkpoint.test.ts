import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { transactionScope } from "./engine";
import { openSqlite } from "./sqlite-engine";
import { stores } from "./schema";

// The embedded engine itself, on a file of its own, whichever engine the rest of the suite runs on.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-checkpoint-"));
const file = path.join(folder, "checkpoint.db");
const engine = openSqlite(file);
afterAll(async () => {
  await engine.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const MB = 1_000_000;
const size = (name: string) => fs.statSync(name).size;

/**
 * Whether every frame of the log is in the database file: the WAL index (the -shm file) keeps the
 * log's last frame at byte 16 and how far checkpoints have copied at byte 96. The file grows when a
 * checkpoint begins, before its pages are copied; only once this holds does the next writer start
 * the log over.
 */
function logCopied(): boolean {
  const index = fs.readFileSync(`${file}-shm`);
  return index.readUInt32LE(96) === index.readUInt32LE(16);
}

/** Until the database file has grown past `bytes` and the log is wholly copied into it. */
const copiedPast = (bytes: number) =>
  vi.waitFor(
    () => {
      expect(size(file)).toBeGreaterThan(bytes);
      expect(logCopied()).toBe(true);
    },
    { timeout: 10_000, interval: 100 },
  );

/** About `megabytes` of new rows, in one transaction. */
async function write(batch: number, megabytes: number) {
  await engine.transaction(async () => {
    const { db } = transactionScope.getStore()!;
    for (let n = 0; n < megabytes * 100; n++) {
      await db.insert(stores).values({ id: `s-${batch}-${n}`, name: "x".repeat(10_000), timezone: "UTC", createdAt: Date.now() });
    }
  }, "serial");
}

describe("checkpoints of the embedded engine", () => {
  it("copy the log into the database file on their own thread soon after a write, and the log starts over instead of growing", async () => {
    await write(0, 2);
    await copiedPast(2 * MB);

    for (const batch of [1, 2, 3]) {
      const before = size(file);
      await write(batch, 2);
      await copiedPast(before + 2 * MB);
    }
    // Four batches of 2 MB went through the log; each one overwrote the last.
    expect(size(`${file}-wal`)).toBeLessThan(4 * MB);
  }, 60_000);
});
