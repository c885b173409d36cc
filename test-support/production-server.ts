import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export type OwnServer = {
  url: string;
  /** Its SQLite file, for a test to read what was stored. */
  database: string;
  /** The server process, for measuring it. */
  pid(): number;
  /** Resident memory of the running server process, in bytes (Linux). */
  rss(): number;
  /**
   * Sends the signal to the server process and waits for it to end: true if it ended by itself,
   * false if it was still running 15 s later and had to be killed (a shutdown that never ends).
   */
  stop(signal?: NodeJS.Signals): Promise<boolean>;
  /** Starts the server again on the same port and database, and waits until it answers. */
  start(): Promise<void>;
  /** Stops it if it runs, and removes its database. */
  dispose(): Promise<void>;
};

/** Resident memory of a process, in bytes (Linux). */
export const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;

/** CPU time a process has used so far, user and system, in seconds (Linux, in ticks of 1/100 s). */
export function cpuSecondsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function waitUntilUp(url: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode} before answering`);
    try {
      // Read whole: a connection left holding an unread answer keeps the server's SIGTERM waiting on it.
      const answer = await fetch(`${url}/readyz`);
      await answer.arrayBuffer();
      if (answer.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server at ${url} did not answer within a minute`);
}

/**
 * A production server of the app's own (the build `next build` made), on a free port with a fresh
 * demo database: for the e2e specs that attack, crash or restart a server, and for the benchmarks.
 * Whoever starts it disposes of it.
 */
export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npx next build` first.");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-own-"));
  const database = path.join(folder, "own.db");
  const fullEnv = { ...process.env, ORDERBOARD_DB: database, ORDERBOARD_PRIVATE_ENDPOINTS: "127.0.0.1", ...env };
  execFileSync(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/setup-db.ts"], { env: fullEnv, stdio: "ignore" });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  // Idle connections kept as `npm run serve` keeps them (65 s, past a load balancer's usual 60 s), so a
  // client reusing one never races the server closing it.
  async function start() {
    const process_ = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1", "--keepAliveTimeout", "65000"], { env: fullEnv, stdio: "ignore" });
    child = process_;
    try {
      await waitUntilUp(url, process_);
    } catch (error) {
      process_.kill("SIGKILL");
      throw error;
    }
  }

  async function stop(signal: NodeJS.Signals = "SIGTERM") {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return true;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill(signal);
    let killed = false;
    const killLater = setTimeout(() => (killed = running.kill("SIGKILL")), 15_000);
    await exited;
    clearTimeout(killLater);
    return !killed;
  }

  await start();
  return {
    url,
    database,
    pid: () => child!.pid!,
    rss: () => rssOf(child!.pid!),
    stop,
    start,
    async dispose() {
      await stop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
