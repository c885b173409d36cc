import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { createDatabase, dropDatabase, startPostgres, type PostgresServer } from "@/test-support/postgres-server";
import { startOwnServer, type OwnServer } from "@/test-support/production-server";
import { apiCall, card, column, PEOPLE, signIn, sustainedIntake, type ApiOrder } from "./fixtures";

// Two production instances of the app on one PostgreSQL, as a chain runs it behind a load balancer.
type Cluster = { a: OwnServer; b: OwnServer; query<T>(text: string, values?: unknown[]): Promise<T[]> };

const test = base.extend<{ board: Page }, { cluster: Cluster }>({
  cluster: [
    async ({}, provide) => {
      const server: PostgresServer = await startPostgres();
      const name = `e2e_${randomUUID().replaceAll("-", "")}`;
      const url = await createDatabase(server.adminUrl, name);
      const client = new pg.Client({ connectionString: url });
      try {
        // The first instance migrates and seeds the demo; the second finds it done.
        const a = await startOwnServer({ DATABASE_URL: url });
        const b = await startOwnServer({ DATABASE_URL: url });
        await client.connect();
        await provide({ a, b, query: async (text, values) => (await client.query(text, values)).rows });
        await a.dispose();
        await b.dispose();
      } finally {
        await client.end().catch(() => undefined);
        await dropDatabase(server.adminUrl, name);
        await server.stop();
      }
    },
    { scope: "worker", timeout: 180_000 },
  ],
  board: async ({ browser, cluster }, provide) => {
    // The tablet is connected to instance B only.
    const context = await browser.newContext({ baseURL: cluster.b.url, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, PEOPLE.sam);
    await page.goto("/stores/mission");
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    await provide(page);
    await context.close();
  },
});

const random = seededRandom(Date.now());

const api = (server: OwnServer, method: string, path: string, body?: unknown) => apiCall(server.url, method, path, body);

type Posted = ApiOrder & { platform: string };

async function post(server: OwnServer): Promise<Posted> {
  const response = await api(server, "POST", "/orders", randomOrder(random, { storeId: "mission", fulfillment: "pickup" }));
  expect(response.status).toBe(201);
  return (await response.json()).order as Posted;
}

test("an order POSTed to instance A shows on a board connected to instance B, and B's change shows on A's API", async ({ cluster, board }) => {
  const order = await post(cluster.a);
  await expect(card(column(board, "Incoming"), order)).toBeVisible();
  const answer = await api(cluster.b, "POST", `/orders/${order.id}/accept`, { version: order.version, prep_minutes: 12 });
  expect(answer.status).toBe(200);
  await expect(card(column(board, "Accepted"), order)).toBeVisible();
  expect((await (await api(cluster.a, "GET", `/orders/${order.id}`)).json()).order).toMatchObject({ status: "accepted", version: order.version + 1 });
});

/** The ids of the first `count` events a board's feed on `server` sends after `lastEventId`. */
async function feedIds(server: OwnServer, cookie: string, lastEventId: number, count: number): Promise<number[]> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/stores/mission/events`, {
    headers: { cookie, accept: "text/event-stream", "last-event-id": String(lastEventId) },
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ids: number[] = [];
  while (ids.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    ids = [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
  }
  controller.abort();
  return ids;
}

async function sessionCookie(server: OwnServer): Promise<string> {
  const people = (await (await fetch(`${server.url}/api/trpc/auth.people?input=${encodeURIComponent(JSON.stringify({ storeId: "mission" }))}`)).json()).result.data as { id: number; name: string }[];
  const sam = people.find((person) => person.name === PEOPLE.sam.name)!;
  const response = await fetch(`${server.url}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ storeId: "mission", employeeId: sam.id, pin: PEOPLE.sam.pin }),
  });
  return response.headers.getSetCookie().find((value) => value.startsWith("ob_session="))!.split(";")[0]!;
}

test("a board that reconnects to the other instance resumes from its last event id with nothing missed, under the same ids", async ({ cluster }) => {
  // Signed in on A; the session is a row, so B knows it too.
  const cookie = await sessionCookie(cluster.a);
  const first = await post(cluster.b);
  const [seen] = (await cluster.query<{ id: number }>("select id from order_events where order_id = $1", [first.id])).map((row) => row.id);
  expect(await feedIds(cluster.a, cookie, seen! - 1, 1)).toEqual([seen]);
  // While the board is away, both instances take orders.
  for (const server of [cluster.a, cluster.b, cluster.a]) await post(server);
  const missed = (await cluster.query<{ id: number }>("select id from order_events where store_id = 'mission' and id > $1 order by id", [seen])).map((row) => row.id);
  expect(missed).toHaveLength(3);
  expect(await feedIds(cluster.b, cookie, seen!, 3)).toEqual(missed);
});

test("40 wrong PINs at once, spread over both instances, check no more PINs than one instance would", async ({ cluster }) => {
  const input = encodeURIComponent(JSON.stringify({ storeId: "mission" }));
  const people = (await (await fetch(`${cluster.a.url}/api/trpc/auth.people?input=${input}`)).json()).result.data as { id: number; name: string }[];
  const maya = people.find((person) => person.name === PEOPLE.maya.name)!;
  const signIn = (server: OwnServer, pin: string) =>
    fetch(`${server.url}/api/trpc/auth.signIn`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ storeId: "mission", employeeId: maya.id, pin }) });
  const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(i % 2 === 0 ? cluster.a : cluster.b, String(5000 + i))));
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 401)).toHaveLength(10);
  expect(statuses.filter((status) => status === 429)).toHaveLength(30);
  expect((await signIn(cluster.b, PEOPLE.maya.pin)).status).toBe(429);
});

test("1,000 conflicting actions on one order spread over both instances: exactly one is done, every other is a 409", async ({ cluster }) => {
  const order = await post(cluster.a);
  const answers = await Promise.all(
    Array.from({ length: 1_000 }, (_, n) => {
      const server = n % 2 === 0 ? cluster.a : cluster.b;
      return n % 4 < 2
        ? api(server, "POST", `/orders/${order.id}/accept`, { version: order.version, prep_minutes: 10 + (n % 20) })
        : api(server, "POST", `/orders/${order.id}/deny`, { version: order.version, reason: { code: "STORE_CLOSED" } });
    }),
  );
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(999);
  const outcomes = await cluster.query("select type from order_events where order_id = $1 and type != 'created'", [order.id]);
  expect(outcomes).toHaveLength(1);
});

test("kill -9 of one instance under sustained intake on both loses no acknowledged order, acceptance or pending notification", async ({ cluster }) => {
  test.setTimeout(150_000);
  let running = true;
  // Half the integrators on each instance; only A's die with it.
  const { created, accepted, done } = sustainedIntake([cluster.a, cluster.b], post, () => running, (server) => server === cluster.a);
  await expect.poll(() => accepted.size, { timeout: 60_000 }).toBeGreaterThanOrEqual(100);
  await cluster.a.stop("SIGKILL");
  // B goes on taking orders while A is gone.
  const before = accepted.size;
  await expect.poll(() => accepted.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(before + 20);
  running = false;
  await done;

  // Every acknowledged order is there, read through the instance that lived.
  for (const order of created) {
    const answer = await api(cluster.b, "GET", `/orders/${order.id}`);
    expect(answer.status).toBe(200);
    if (accepted.has(order.id)) expect((await answer.json()).order.status).toBe("accepted");
  }
  const connected = new Set((await cluster.query<{ platform: string }>("select platform from platform_connections where store_id = 'mission' and enabled")).map((row) => row.platform));
  const owed = [...accepted].filter((id) => connected.has(created.find((order) => order.id === id)!.platform));
  expect(owed.length).toBeGreaterThan(0);
  const notified = await cluster.query<{ order_id: number; n: number }>("select order_id, count(*)::int as n from platform_notifications where order_id = any($1) group by order_id", [owed]);
  expect(new Map(notified.map((row) => [row.order_id, row.n]))).toEqual(new Map(owed.map((id) => [id, 1])));
  await cluster.a.start();
});
