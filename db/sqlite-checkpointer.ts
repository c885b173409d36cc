import { Worker } from "node:worker_threads";

// Plain CommonJS run as the thread's own script, so the bundler leaves it alone; better-sqlite3 is
// found from the app's folder, as the server itself finds it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const Database = createRequire(process.cwd() + "/")("better-sqlite3");
const sqlite = new Database(workerData.file);
sqlite.pragma("busy_timeout = 5000");
const checkpoint = sqlite.prepare("PRAGMA wal_checkpoint(PASSIVE)");
parentPort.on("message", () => {
  try { checkpoint.run(); } catch { /* busy or gone: the next round tries again */ }
  parentPort.postMessage("done");
});
`;

/** One checkpoint at a time: the engine asks for the next only once the last has answered. */
export type Checkpointer = {
  /** Copies what the write-ahead log holds into the database file; resolves once it has. */
  checkpoint(): Promise<void>;
  /** The same while the app's connection goes on writing: on the thread alone (nothing if it has failed). */
  ahead(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Checkpoints of the write-ahead log on a thread of their own. A checkpoint syncs the file to disk,
 * tens of milliseconds in which the thread that runs it can do nothing else: on the server's own
 * thread that stalled every request and every board. If the thread fails, `fallback` does the
 * checkpoint where it is called instead.
 */
export function startCheckpointer(file: string, fallback: () => void): Checkpointer {
  let worker: Worker | null = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
  let answer: (() => void) | null = null;
  const answered = () => {
    // Idle, the thread never keeps a script or a test alive; while a checkpoint is awaited it must.
    worker?.unref();
    answer?.();
    answer = null;
  };
  const failed = () => {
    worker = null;
    answered();
  };
  worker.unref();
  worker.on("message", answered);
  worker.on("error", failed);
  worker.on("exit", failed);
  const onThread = (thread: Worker) =>
    new Promise<void>((resolve) => {
      answer = resolve;
      thread.ref();
      thread.postMessage("checkpoint");
    });
  return {
    checkpoint: () => (worker ? onThread(worker) : Promise.resolve(fallback())),
    ahead: () => (worker ? onThread(worker) : Promise.resolve()),
    async stop() {
      const thread = worker;
      worker = null;
      await thread?.terminate();
    },
  };
}
