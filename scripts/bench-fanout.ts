// Opens many boards' live feeds on a production server and measures how long each posted order takes to
// reach every one of them: the target (docs/domain.md) is p99 under 100 ms with 200 boards, and 2,000 boards held.
//   npm run bench:fanout [-- --boards 200,2000 --orders 40]      (run `next build` first)
import { execFileSync, spawn } from "node:child_process";
import { setMaxListeners } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_TOKEN_SECRET } from "@/server/demo/demo-token";
import { randomOrder, seededRandom } from "@/server/demo/random-order";

const { values } = parseArgs({ options: { boards: { type: "string", default: "200,2000" }, orders: { type: "string", default: "40" } } });
const BOARD_COUNTS = values.boards.split(",").map(Number);
const ORDERS = Number(values.orders);
const STORE = "mission";
/** Orders are posted this far apart, so each one's fan-out is measured on its own. */
const ORDER_INTERVAL_MS = 250;

if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.error("No production build: run `npx next build` first.");
  process.exit(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process and all its children, in MiB (Linux `ps`). */
function treeRssMiB(root: number): number {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (inTree.has(ppid) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return rows.filter(([pid]) => inTree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function signIn(base: string): Promise<string> {
  const people = (await (await fetch(`${base}/api/trpc/auth.people?input=${encodeURIComponent(JSON.stringify({ storeId: STORE }))}`)).json()) as {
    result: { data: { id: number; name: string }[] };
  };
  const sam = people.result.data.find((person) => person.name === "Sam Rivera")!;
  const response = await fetch(`${base}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ storeId: STORE, employeeId: sam.id, pin: "1111" }),
  });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("ob_session="));
  if (!cookie) throw new Error(`Sign-in failed: HTTP ${response.status}`);
  return cookie.split(";")[0]!;
}

/** One board's live feed: records when each benchmark order first appears on it. */
function openBoard(base: string, cookie: string, signal: AbortSignal, arrivals: Map<string, number>) {
  const state = { connected: false };
  const url = `${base}/api/stores/${STORE}/events`;
  void (async () => {
    const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      state.connected = true;
      const at = performance.now();
      for (const [, key] of value.matchAll(/"externalId":"(fanout-[\w-]+)"/g)) if (!arrivals.has(key!)) arrivals.set(key!, at);
    }
  })().catch((error: unknown) => {
    if (!signal.aborted) console.error("A board's feed failed:", error);
  });
  return state;
}

async function run(base: string, cookie: string, boards: number, serverPid: number) {
  const controller = new AbortController();
  // Every feed listens to this one signal.
  setMaxListeners(boards + 10, controller.signal);
  const feeds = Array.from({ length: boards }, () => {
    const arrivals = new Map<string, number>();
    return { arrivals, state: openBoard(base, cookie, controller.signal, arrivals) };
  });
  const openedAt = performance.now();
  await waitFor(() => feeds.every((feed) => feed.state.connected), 120_000, `${boards} feeds to connect`);
  const connectMs = performance.now() - openedAt;
  const memory = treeRssMiB(serverPid);

  const random = seededRandom(boards);
  const sentAt = new Map<string, number>();
  for (let n = 0; n < ORDERS; n++) {
    const key = `fanout-${boards}-${n}`;
    const order = { ...randomOrder(random, { storeId: STORE }), external_id: key };
    sentAt.set(key, performance.now());
    const response = await fetch(`${base}/api/v1/orders`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_TOKEN_SECRET}` },
      body: JSON.stringify(order),
    });
    if (response.status !== 201) throw new Error(`Order refused: HTTP ${response.status} ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, ORDER_INTERVAL_MS));
  }
  await waitFor(() => feeds.every((feed) => feed.arrivals.size >= ORDERS), 30_000, "every order on every board").catch(() => undefined);
  controller.abort();

  const latencies: number[] = [];
  let missing = 0;
  for (const feed of feeds) {
    for (const [key, sent] of sentAt) {
      const arrived = feed.arrivals.get(key);
      if (arrived === undefined) missing++;
      else latencies.push(arrived - sent);
    }
  }
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `${String(boards).padStart(5)} boards: ${ORDERS} orders → ${latencies.length} deliveries, ${missing} missing; ` +
      `POST to board p50 ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))}, max ${ms(latencies.at(-1) ?? NaN)}; ` +
      `all feeds connected in ${ms(connectMs)}; server memory with them open ${memory.toFixed(0)} MiB`,
  );
}

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-fanout-"));
  const server = spawn("npm", ["run", "serve", "--", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ORDERBOARD_DB: path.join(folder, "fanout.db") },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitFor(() => fetch(`${base}/api/trpc/auth.stores`).then((r) => r.ok, () => false), 120_000, "the server to start");
    const cookie = await signIn(base);
    console.log(`Production server on ${base}; each board is one live feed of store "${STORE}"; orders ${ORDER_INTERVAL_MS} ms apart.`);
    for (const boards of BOARD_COUNTS) await run(base, cookie, boards, server.pid!);
  } finally {
    stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
