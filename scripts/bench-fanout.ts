// Opens many boards' live feeds on a production server and measures how long each posted order takes to
// reach every one of them, and the memory the open feeds take; then the same on a bare node:http server
// that does only what a feed must (scripts/bare-feed-server.mjs), as the yardstick. The target
// (docs/domain.md) is p99 under 100 ms with 200 boards, and 2,000 boards held.
//   npm run bench:fanout [-- --boards 200,2000 --orders 40 --postgres --instances 2]      (run `next build` first)
// --postgres: the app on a PostgreSQL of its own instead of a SQLite file; --instances N: that many
// instances on it, the boards split over them and the orders posted to each in turn.
import { setMaxListeners } from "node:events";
import { fork } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_TOKEN_SECRET } from "@/server/demo/demo-credentials";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { rssOf } from "@/test-support/production-server";
import { openFeed, percentile, runBenchmark, signIn, startApp, STORE, waitFor } from "./bench-support";

const { values } = parseArgs({
  options: {
    boards: { type: "string", default: "200,2000" },
    orders: { type: "string", default: "40" },
    postgres: { type: "boolean", default: false },
    instances: { type: "string", default: "1" },
  },
});
const BOARD_COUNTS = values.boards.split(",").map(Number);
const ORDERS = Number(values.orders);
/** Orders are posted this far apart, so each one's fan-out is measured on its own. */
const ORDER_INTERVAL_MS = 250;
/** Feeds are opened this many at a time. */
const CONNECT_WAVE = 500;

/** The servers the boards connect to, in turn: ours, or the bare yardstick. */
type Target = { name: string; urls: string[]; cookie: string; rss(): number };

async function run(target: Target, boards: number, { quiet = false } = {}) {
  const { urls, cookie } = target;
  const at = (n: number) => urls[n % urls.length]!;
  const controller = new AbortController();
  // Every feed listens to this one signal (the client adds a listener of its own per request too).
  setMaxListeners(2 * boards + 10, controller.signal);
  const memoryBefore = target.rss() / 1024 / 1024;
  const openedAt = performance.now();
  const feeds: { arrivals: Map<string, number>; state: { connected: boolean } }[] = [];
  // Opened a wave at a time, as tablets come online, rather than thousands of connections in one instant.
  while (feeds.length < boards) {
    const wave = Array.from({ length: Math.min(CONNECT_WAVE, boards - feeds.length) }, (_, n) => {
      const arrivals = new Map<string, number>();
      return { arrivals, state: openFeed(at(feeds.length + n), cookie, controller.signal, { arrivals, pattern: /"external_?[iI]d":"(fanout-[\w-]+)"/g }) };
    });
    feeds.push(...wave);
    await waitFor(() => wave.every((feed) => feed.state.connected), 120_000, `${feeds.length} feeds to connect`);
  }
  const connectMs = performance.now() - openedAt;
  const memory = target.rss() / 1024 / 1024;

  const random = seededRandom(boards);
  const sentAt = new Map<string, number>();
  for (let n = 0; n < ORDERS; n++) {
    const key = `fanout-${target.name}-${boards}-${n}`;
    const order = { ...randomOrder(random, { storeId: STORE }), external_id: key };
    sentAt.set(key, performance.now());
    const response = await fetch(`${at(n)}/api/v1/orders`, {
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
  if (quiet) return;
  console.log(
    `${target.name.padEnd(4)} ${String(boards).padStart(5)} boards: ${ORDERS} orders → ${latencies.length} deliveries, ${missing} missing; ` +
      `POST to board p50 ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))}, max ${ms(latencies.at(-1) ?? NaN)}; ` +
      `all feeds connected in ${ms(connectMs)}; server memory with them open ${memory.toFixed(0)} MiB ` +
      `(${((1000 * (memory - memoryBefore)) / boards).toFixed(1)} MiB per 1,000 feeds)`,
  );
}

/** The yardstick, in a process of its own so its memory is its own. */
async function startBareServer(): Promise<Target & { stop(): void }> {
  const child = fork(path.join(process.cwd(), "scripts/bare-feed-server.mjs"), { stdio: "ignore" });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve(Number(message)));
    child.once("exit", (code) => reject(new Error(`The bare server exited with ${code}`)));
  });
  return { name: "bare", urls: [`http://127.0.0.1:${port}`], cookie: "", rss: () => rssOf(child.pid!), stop: () => child.kill() };
}

async function main() {
  const app = await startApp({ postgres: values.postgres, instances: Number(values.instances) });
  try {
    const urls = app.servers.map((server) => server.url);
    const ours: Target = { name: "ours", urls, cookie: await signIn(urls[0]!), rss: app.rss };
    console.log(`Production server${urls.length > 1 ? "s" : ""} on ${urls.join(", ")} (${app.describe}); each board is one live feed of store "${STORE}"; orders ${ORDER_INTERVAL_MS} ms apart.`);
    // A first feed on each instance and its orders load the code they run, so the memory per feed counts only the feeds.
    await run(ours, urls.length, { quiet: true });
    for (const boards of BOARD_COUNTS) await run(ours, boards);
  } finally {
    await app.dispose();
  }
  const bare = await startBareServer();
  try {
    await run(bare, 1, { quiet: true });
    for (const boards of BOARD_COUNTS) await run(bare, boards);
  } finally {
    bare.stop();
  }
}

runBenchmark(main);
