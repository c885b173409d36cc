// What the benchmarks share: the demo store, a signed-in session, live feeds opened as a board opens them.

export const STORE = "mission";

export const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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
