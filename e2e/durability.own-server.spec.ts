import { test as base, expect } from "@playwright/test";
import Database from "better-sqlite3";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { startOwnServer, type OwnServer } from "@/test-support/production-server";
import { apiCall, sustainedIntake, type ApiOrder } from "./fixtures";

// Nothing lost, nothing done twice: real HTTP against a production server of the test's own.
const test = base.extend<{ server: OwnServer }>({
  server: async ({}, provide) => {
    const own = await startOwnServer();
    await provide(own);
    await own.dispose();
  },
});

const random = seededRandom(Date.now());

const api = (server: OwnServer, method: string, path: string, body?: unknown) => apiCall(server.url, method, path, body);

async function post(server: OwnServer): Promise<ApiOrder> {
  const response = await api(server, "POST", "/orders", randomOrder(random, { storeId: "mission" }));
  expect(response.status).toBe(201);
  return (await response.json()).order as ApiOrder;
}

test("1,000 conflicting actions on one order at once: exactly one is done, every other is a 409, and the timeline has one outcome", async ({ server }) => {
  const order = await post(server);
  const answers = await Promise.all(
    Array.from({ length: 1_000 }, (_, n) =>
      n % 2 === 0
        ? api(server, "POST", `/orders/${order.id}/accept`, { version: order.version, prep_minutes: 10 + (n % 20) })
        : api(server, "POST", `/orders/${order.id}/deny`, { version: order.version, reason: { code: "STORE_CLOSED" } }),
    ),
  );
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(999);
  const winner = await answers[statuses.indexOf(200)]!.json();
  const now = await (await api(server, "GET", `/orders/${order.id}`)).json();
  expect(now.order).toMatchObject({ status: winner.order.status, version: order.version + 1 });

  const db = new Database(server.database, { readonly: true });
  try {
    const outcomes = db.prepare("select type from order_events where order_id = ? and type != 'created'").all(order.id);
    expect(outcomes).toHaveLength(1);
  } finally {
    db.close();
  }
});

test("kill -9 under sustained intake loses no acknowledged order, acceptance or pending notification", async ({ server }) => {
  test.setTimeout(120_000);
  let running = true;
  const { created, accepted, done } = sustainedIntake([server], post, () => running, () => true);
  await expect.poll(() => accepted.size, { timeout: 60_000 }).toBeGreaterThanOrEqual(100);
  await server.stop("SIGKILL");
  running = false;
  await done;

  await server.start();
  for (const order of created) {
    const answer = await api(server, "GET", `/orders/${order.id}`);
    expect(answer.status).toBe(200);
    if (accepted.has(order.id)) expect((await answer.json()).order.status).toBe("accepted");
  }
  const db = new Database(server.database, { readonly: true });
  try {
    const connected = new Set(db.prepare("select platform from platform_connections where store_id = 'mission' and enabled = 1").pluck().all());
    const notified = db.prepare("select count(*) from platform_notifications where order_id = ?").pluck();
    const platformOf = db.prepare("select platform from orders where id = ?").pluck();
    const owed = [...accepted].filter((id) => connected.has(platformOf.get(id)));
    expect(owed.length).toBeGreaterThan(0);
    for (const id of owed) expect(notified.get(id), `order ${id}`).toBe(1);
  } finally {
    db.close();
  }
});
