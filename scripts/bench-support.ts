// What the benchmarks share: the app's servers, the demo store, a signed-in session, live feeds opened as a board opens them.
import { createDatabase, startPostgres } from "@/test-support/postgres-server";
import { cpuSecondsOf, startOwnServer, type OwnServer } from "@/test-support/production-server";

export const STORE = "mission";

export const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The app as a benchmark runs it: one production server on a SQLite file, or `instances` of them on one PostgreSQL of its own. */
export async function startApp({ postgres, instances, env = {} }: { postgres: boolean; instances: number; env?: Record<string, string> }) {
  if (!postgres && instances !== 1) throw new Error("Several instances share a PostgreSQL: add --postgres.");
  const database = postgres ? await startPostgres() : null;
  const shared = database ? { ...env, DATABASE_URL: await createDatabase(database.adminUrl, "bench") } : env;
  const servers: OwnServer[] = [];
  try {
    // One after the other: the first migrates and seeds, the others find it done.
    for (let n = 0; n < instances; n++) servers.push(await startOwnServer(shared));
  } catch (error) {
    await Promise.all(servers.map((server) => server.dispose()));
    await database?.stop();
    throw error;
  }
  return {
    servers,
    describe: database ? `${instances} instance${instances > 1 ? "s" : ""} on PostgreSQL` : "SQLite",
    /** Resident memory of every instance together, in bytes. */
    rss: () => servers.reduce((sum, server) => sum + server.rss(), 0),
    /** CPU time every instance has used together, in seconds. */
    cpuSeconds: () => servers.reduce((sum, server) => sum + cpuSecondsOf(server.pid()), 0),
    async dispose() {
      await Promise.all(servers.map((server) => server.dispose()));
      await database?.stop();
    },
  };
}

/** Signs Sam in on the demo store and answers the session cookie. */
export async function signIn(base: string): Promise<string> {
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

/**
 * One board's live feed; with `track`, it records when each order whose key `pattern` captures first
 * appears on it. Without, it only takes the bytes in, as a tablet's network stack would, so the
 * benchmark's own client spends as little as it can of the cores the server needs.
 */
export function openFeed(base: string, cookie: string, signal: AbortSignal, track?: { arrivals: Map<string, number>; pattern: RegExp }) {
  const state = { connected: false };
  const url = `${base}/api/stores/${STORE}/events`;
  void (async () => {
    const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      state.connected = true;
      if (!track) continue;
      const at = performance.now();
      for (const [, key] of decoder.decode(value, { stream: true }).matchAll(track.pattern)) if (!track.arrivals.has(key!)) track.arrivals.set(key!, at);
    }
  })().catch((error: unknown) => {
    if (!signal.aborted) console.error("A board's feed failed:", error);
  });
  return state;
}


/** Runs a benchmark's main and exits with its outcome, saying only the message of a failure. */
export function runBenchmark(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
