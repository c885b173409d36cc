import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { transactionScope, type Engine, type TransactionKind } from "./engine";
import { MIGRATIONS, MIGRATIONS_TABLE, shippedMigrations } from "./migrations";
import { startCheckpointer } from "./sqlite-checkpointer";
import { inlineLimit } from "./sqlite-limit";
import * as schema from "./sqlite-schema";

/** A transaction (or a checkpoint) waiting for the connection, and how its caller hears the outcome. */
type Turn = { work: () => Promise<unknown>; kind: TransactionKind | "checkpoint"; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * At most this many writers share one COMMIT. Writing the journal at each commit was the largest
 * part of the order intake's time; writers that queue behind each other commit together instead.
 */
const GROUP_LIMIT = 32;

/** How often the write-ahead log is copied into the database file, when anything was written since. */
const CHECKPOINT_EVERY_MS = 1_000;

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
 * queries (known by the async context they run in) go straight through. Writers waiting their turn
 * share one COMMIT (group commit); each still runs alone, seeing the ones before it, and its caller
 * hears it succeeded only once it is committed.
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
  // Room for the hot tables' pages and indexes (64 MiB rather than 2), and a log that does not stay large after a rush.
  sqlite.pragma("cache_size = -65536");
  // Each statement inside a group's savepoint keeps a journal to undo it alone: in memory, not a temporary file.
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("journal_size_limit = 67108864");
  // Not inside the COMMIT that crosses a threshold: checkpoints take their turn in the queue below, on a thread of their own.
  sqlite.pragma("wal_autocheckpoint = 0");
  const checkpointer = startCheckpointer(file, () => sqlite.pragma("wal_checkpoint(PASSIVE)"));
  const totalChanges = sqlite.prepare("select total_changes()").pluck();
  const statement = statementCache(sqlite);
  // Prepared once too: `exec` compiles its SQL at every call, and these run at every transaction and turn.
  const control = (source: string) => {
    const prepared = sqlite.prepare(source);
    return () => void prepared.run();
  };
  const begin = control("BEGIN");
  const beginImmediate = control("BEGIN IMMEDIATE");
  const commit = control("COMMIT");
  const rollback = control("ROLLBACK");
  const savepoint = control("SAVEPOINT turn");
  const release = control("RELEASE turn");
  const rollbackTo = control("ROLLBACK TO turn");

  let holder: { owner: object; ended: Promise<void> } | null = null;
  const waiting: Turn[] = [];
  let draining = false;

  const db = drizzle(
    async (query, bound, method) => {
      while (holder && transactionScope.getStore()?.owner !== holder.owner) await holder.ended;
      const { source, params } = inlineLimit(query, bound);
      const prepared = statement(source);
      if (method === "run" || !prepared.reader) return { rows: [prepared.run(params)] };
      prepared.raw(true);
      // drizzle maps the rows it selected from arrays; `get` answers one row (or nothing).
      return { rows: (method === "get" ? prepared.get(params) : prepared.all(params)) as unknown[] };
    },
    { schema },
  );

  /** Runs one turn's work under a savepoint of the open transaction: undone alone if it fails. */
  async function runUnderSavepoint(turn: Turn, owner: object): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
    savepoint();
    try {
      const value = await transactionScope.run({ db, owner }, turn.work);
      release();
      return { ok: true, value };
    } catch (error) {
      if (sqlite.inTransaction) {
        rollbackTo();
        release();
      }
      return { ok: false, error };
    }
  }

  /**
   * One transaction of SQLite for the turns waiting now: a reader alone, or writers one after the
   * other, up to GROUP_LIMIT, each under its own savepoint and all under one COMMIT. A writer that
   * fails is undone and told at once; the others hear only once their COMMIT has happened.
   */
  async function runGroup() {
    const first = waiting.shift()!;
    const owner = {};
    let end!: () => void;
    holder = { owner, ended: new Promise<void>((resolve) => (end = resolve)) };
    const done: { turn: Turn; value: unknown }[] = [];
    try {
      // The connection has no transaction open meanwhile, so the checkpoint copies the whole log and the next write starts it over.
      if (first.kind === "checkpoint") return await first.work().then(first.resolve, first.reject);
      (first.kind === "read" ? begin : beginImmediate)();
      for (let turn: Turn | undefined = first; turn; turn = nextWriter(first, done.length)) {
        const outcome = await runUnderSavepoint(turn, owner);
        if (outcome.ok) done.push({ turn, value: outcome.value });
        else turn.reject(outcome.error);
        // A failure that ended the whole transaction (the disk is full) took the others' work with it.
        if (!sqlite.inTransaction) throw outcome.ok ? new Error("The transaction ended unexpectedly") : outcome.error;
      }
      commit();
      for (const { turn, value } of done) turn.resolve(value);
    } catch (error) {
      if (sqlite.inTransaction) rollback();
      for (const { turn } of done) turn.reject(error);
    } finally {
      holder = null;
      end();
    }
  }

  /** The next waiting writer that may join a group of writers begun by `first`, if any. */
  function nextWriter(first: Turn, size: number): Turn | undefined {
    const writes = (turn: Turn | undefined) => turn?.kind === "serial" || turn?.kind === "rows";
    return writes(first) && writes(waiting[0]) && size < GROUP_LIMIT ? waiting.shift() : undefined;
  }

  function enqueue(turn: Turn) {
    waiting.push(turn);
    if (!draining) void drain();
  }

  async function drain() {
    draining = true;
    while (waiting.length > 0) await runGroup();
    draining = false;
  }

  let closed = false;
  let changesCheckpointed = 0;
  let checkpointWaiting = false;
  const checkpoints = setInterval(() => {
    const changes = totalChanges.get() as number;
    if (changes === changesCheckpointed || checkpointWaiting) return;
    checkpointWaiting = true;
    const done = () => {
      changesCheckpointed = changes;
      checkpointWaiting = false;
    };
    // Most of the log is copied while writers go on; the turn then copies only what they added meanwhile.
    void checkpointer.ahead().then(() => (closed ? done() : enqueue({ work: () => checkpointer.checkpoint(), kind: "checkpoint", resolve: done, reject: done })));
  }, CHECKPOINT_EVERY_MS);
  checkpoints.unref();

  return {
    db,
    description: file,
    transaction<T>(work: () => Promise<T>, kind: TransactionKind): Promise<T> {
      return new Promise<T>((resolve, reject) => enqueue({ work, kind, resolve: resolve as (value: unknown) => void, reject }));
    },
    async migrationsBehind() {
      const { applied } = sqlite.prepare(`select count(*) as applied from ${MIGRATIONS_TABLE.sqlite}`).get() as { applied: number };
      return shippedMigrations("sqlite") - applied;
    },
    async close() {
      closed = true;
      clearInterval(checkpoints);
      await checkpointer.stop();
      sqlite.close();
    },
  };
}
