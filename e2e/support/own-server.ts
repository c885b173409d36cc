import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type OwnServer = {
  url: string;
  /** The `next start` process itself, for signals and its memory. */
  pid: number;
  /** Resident memory of the server process, in bytes (Linux). */
  rss(): number;
  /** Sends the signal and waits for the process to end; the folder is removed. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitUntilUp(url: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${url}/api/trpc/auth.stores`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server at ${url} did not answer within a minute`);
}

/**
 * A production server of the app's own (the build the suite already made), on a free port with a
 * fresh demo database: for attacks that would lock out or crash the shared server, and for
 * restarts. The test that starts it stops it.
 */
export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-own-"));
  const fullEnv = { ...process.env, ORDERBOARD_DB: path.join(folder, "own.db"), ORDERBOARD_PRIVATE_ENDPOINTS: "127.0.0.1", ...env };
  execFileSync(process.execPath, [require.resolve("tsx/cli"), "scripts/setup-db.ts"], { env: fullEnv, stdio: "ignore" });
  const port = await freePort();
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], { env: fullEnv, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    pid: child.pid!,
    rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) * 1024,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      const killLater = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killLater);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
