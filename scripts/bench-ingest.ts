// Orders per second through the whole intake (token, validation, order, event, fan-out to open boards)
// on a production server, beside the framework's floor measured in the same run: a route of the app
// that only inserts a row.
//   npm run bench:ingest [-- --orders 3000 --concurrency 16 --boards 10 --postgres --instances 2]      (run `next build` first)
// --postgres: on a PostgreSQL of its own (as the tests find or start one) instead of a SQLite file;
// --instances N: that many app instances on it, requests and boards spread over them in turn.
import { parseArgs } from "node:util";
import { DEMO_TOKEN_SECRET } from "@/server/demo/demo-credentials";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { openFeed, percentile, runBenchmark, signIn, startApp, STORE, waitFor } from "./bench-support";

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "3000" },
    concurrency: { type: "string", default: "16" },
    boards: { type: "string", default: "10" },
    postgres: { type: "boolean", default: false },
    instances: { type: "string", default: "1" },
  },
});
const ORDERS = Number(values.orders);
const CONCURRENCY = Number(values.concurrency);
const BOARDS = Number(values.boards);
const WARM_UP = 300;

type Phase = { name: string; request: (n: number) => { url: string; init: RequestInit }; expect: number };

/** Sends `count` requests, `CONCURRENCY` at a time, and answers requests per second, the latencies and the servers' CPU time per request. */
async function run(phase: Phase, count: number, offset: number, serverCpuSeconds: () => number) {
  const latencies: number[] = [];
  let next = 0;
  const cpuBefore = serverCpuSeconds();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const { url, init } = phase.request(offset + next++);
        const sent = performance.now();
        const response = await fetch(url, init);
        await response.arrayBuffer();
        if (response.status !== phase.expect) throw new Error(`${phase.name}: HTTP ${response.status}`);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = ((serverCpuSeconds() - cpuBefore) * 1000) / count;
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), cpuMs };
}

async function main() {
  const app = await startApp({ postgres: values.postgres, instances: Number(values.instances), env: { ORDERBOARD_BENCH_FLOOR: "1", LOG_LEVEL: "warn" } });
  const urls = app.servers.map((server) => server.url);
  /** The n-th request's or board's instance. */
  const at = (n: number) => urls[n % urls.length]!;
  const controller = new AbortController();
  try {
    const cookie = await signIn(at(0));
    const feeds = Array.from({ length: BOARDS }, (_, n) => openFeed(at(n), cookie, controller.signal));
    await waitFor(() => feeds.every((feed) => feed.connected), 30_000, "the boards to connect");
    const random = seededRandom(7);
    const json = { "content-type": "application/json" };
    const phases: Phase[] = [
      {
        name: "floor: a route that only inserts",
        request: (n) => ({ url: `${at(n)}/api/bench/floor?store=${STORE}`, init: { method: "POST", headers: json, body: JSON.stringify(randomOrder(random, { storeId: STORE })) } }),
        expect: 201,
      },
      {
        name: "POST /api/v1/orders",
        request: (n) => ({
          url: `${at(n)}/api/v1/orders`,
          init: {
            method: "POST",
            headers: { ...json, authorization: `Bearer ${DEMO_TOKEN_SECRET}` },
            body: JSON.stringify({ ...randomOrder(random, { storeId: STORE }), external_id: `ingest-${n}` }),
          },
        }),
        expect: 201,
      },
    ];
    console.log(`Production server${urls.length > 1 ? "s" : ""} on ${urls.join(", ")} (${app.describe}); ${BOARDS} boards of store "${STORE}" open; ${CONCURRENCY} requests at a time; ${ORDERS} each after ${WARM_UP} to warm up.`);
    const results = [];
    for (const phase of phases) {
      await run(phase, WARM_UP, 0, app.cpuSeconds);
      const result = await run(phase, ORDERS, WARM_UP, app.cpuSeconds);
      results.push(result);
      console.log(
        `${phase.name.padEnd(36)} ${result.perSecond.toFixed(0).padStart(5)} /s   p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms   server CPU ${result.cpuMs.toFixed(2)} ms per request`,
      );
    }
    const [floor, intake] = results as [(typeof results)[0], (typeof results)[0]];
    console.log(`The intake runs at ${((100 * intake.perSecond) / floor.perSecond).toFixed(0)} % of the floor, and takes ${((100 * intake.cpuMs) / floor.cpuMs).toFixed(0)} % of its server CPU time per request.`);
  } finally {
    controller.abort();
    await app.dispose();
  }
}

runBenchmark(main);
