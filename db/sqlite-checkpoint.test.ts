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
    await vi.waitFor(() => expect(size(file)).toBeGreaterThan(2 * MB), { timeout: 10_000, interval: 100 });

    for (const batch of [1, 2, 3]) {
      const before = size(file);
      await write(batch, 2);
      await vi.waitFor(() => expect(size(file)).toBeGreaterThan(before + 2 * MB), { timeout: 10_000, interval: 100 });
    }
    // Four batches of 2 MB went through the log; each one overwrote the last.
    expect(size(`${file}-wal`)).toBeLessThan(4 * MB);
  }, 60_000);
});
