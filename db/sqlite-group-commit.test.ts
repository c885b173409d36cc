import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { transactionScope } from "./engine";
import { openSqlite } from "./sqlite-engine";
import { stores } from "./schema";

// The embedded engine itself, on a file of its own, whichever engine the rest of the suite runs on.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-group-"));
const file = path.join(folder, "group.db");
const engine = openSqlite(file);
const outside = new Database(file, { readonly: true });
afterAll(async () => {
  outside.close();
  await engine.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const storeIds = () => (outside.prepare("select id from stores order by id").all([]) as { id: string }[]).map((row) => row.id);
const addStore = (id: string) => transactionScope.getStore()!.db.insert(stores).values({ id, name: id, timezone: "UTC", createdAt: Date.now() });

describe("group commit on the embedded engine", () => {
  it("commits writers that waited together, each seeing the ones before it, and undoes a failing one alone", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seenBySecond: string[][] = [];
    const holding = engine.transaction(async () => {
      await addStore("g-0");
      await gate;
    }, "serial");
    const second = engine.transaction(async () => {
      await addStore("g-1");
      seenBySecond.push((await transactionScope.getStore()!.db.select({ id: stores.id }).from(stores)).map((row) => row.id));
    }, "serial");
    const failing = engine.transaction(async () => {
      await addStore("g-2");
      throw new Error("changed its mind");
    }, "serial");
    const third = engine.transaction(async () => addStore("g-3"), "serial");

    release();
    await expect(failing).rejects.toThrow("changed its mind");
    await Promise.all([holding, second, third]);
    expect(seenBySecond).toEqual([["g-0", "g-1"]]);
    expect(storeIds()).toEqual(["g-0", "g-1", "g-3"]);
  });

  it("tells a writer it succeeded only once its COMMIT has happened", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const heard: string[] = [];
    const first = engine.transaction(async () => addStore("c-0"), "serial").then(() => heard.push(`c-0 with ${storeIds().filter((id) => id.startsWith("c-")).join(",")}`));
    const second = engine.transaction(async () => {
      await addStore("c-1");
      await gate;
    }, "serial");
    // The first writer's work is done, but its COMMIT waits for the group: nothing is visible, nothing is told.
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual([]);
    expect(storeIds().filter((id) => id.startsWith("c-"))).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(heard).toEqual(["c-0 with c-0,c-1"]);
  });

  it("lets a reader in only between groups, so it never reads what is not committed", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writer = engine.transaction(async () => {
      await addStore("r-0");
      await gate;
    }, "serial");
    // What is committed at the moment the reader runs, as another connection sees it.
    const reader = engine.transaction(async () => storeIds(), "read");
    release();
    await writer;
    expect(await reader).toContain("r-0");
  });
});
