import http from "node:http";
import { test as base, expect } from "@playwright/test";
import { PEOPLE } from "./fixtures";
import { startOwnServer, type OwnServer } from "@/test-support/production-server";

// Attacks an outsider on the store's network could make, each against a production server of the
// test's own: they lock people out and push the server, so they must not share the suite's server.
const test = base.extend<{ server: OwnServer }>({
  server: async ({}, provide) => {
    const own = await startOwnServer();
    await provide(own);
    await own.dispose();
  },
});

/** Streams an endless chunked body, waiting on the socket as a real client must, until the server answers. */
function floodBody(server: OwnServer, path: string, headers: Record<string, string>, limitBytes = 200 * 1024 * 1024): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, "{");
    const request = http.request(`${server.url}${path}`, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, sent });
      request.destroy();
    });
    request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
    const pump = () => {
      while (sent < limitBytes && !request.destroyed) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!request.destroyed) request.end();
    };
    pump();
  });
}

const SAFE_GROWTH = 64 * 1024 * 1024;

test("a 200 MB chunked body is cut off at the limit on every route that reads one, and the server does not grow with it", async ({ server }) => {
  const people = await peopleOf(server, "mission");
  const sam = people.find((person) => person.name === PEOPLE.sam.name)!;
  const session = (await signIn(server, sam.id, PEOPLE.sam.pin)).headers.getSetCookie().find((cookie) => cookie.startsWith("ob_session="))!.split(";")[0]!;
  const before = server.rss();
  for (const [path, headers] of [
    ["/api/webhooks/doordash", { "content-type": "application/json" }],
    ["/api/trpc/auth.signIn", { "content-type": "application/json" }],
    ["/api/v1/orders", { "content-type": "application/json", authorization: "Bearer ob_demo_simulator_local_only" }],
    ["/api/orders/1/photos", { "content-type": "multipart/form-data; boundary=x", cookie: session }],
  ] as const) {
    const { status, sent } = await floodBody(server, path, headers);
    expect(status, path).toBe(413);
    expect(sent, path).toBeLessThan(50 * 1024 * 1024);
  }
  expect(server.rss() - before).toBeLessThan(SAFE_GROWTH);
});

async function peopleOf(server: OwnServer, storeId: string) {
  const input = encodeURIComponent(JSON.stringify({ storeId }));
  return (await (await fetch(`${server.url}/api/trpc/auth.people?input=${input}`)).json()).result.data as { id: number; name: string }[];
}

function signIn(server: OwnServer, employeeId: number, pin: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ storeId: "mission", employeeId, pin }),
  });
}

test("40 wrong PINs at once check no more PINs than the limit, and a batch of sign-ins checks none", async ({ server }) => {
  const people = await peopleOf(server, "mission");
  const maya = people.find((person) => person.name === PEOPLE.maya.name)!;
  const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(server, maya.id, String(5000 + i))));
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 401)).toHaveLength(10);
  expect(statuses.filter((status) => status === 429)).toHaveLength(30);
  expect((await signIn(server, maya.id, PEOPLE.maya.pin)).status).toBe(429);

  const sam = people.find((person) => person.name === PEOPLE.sam.name)!;
  const batch = await fetch(`${server.url}/api/trpc/${Array(300).fill("auth.signIn").join(",")}?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [i, { storeId: "mission", employeeId: sam.id, pin: String(1000 + i) }]))),
  });
  expect(batch.status).toBe(400);
  expect(batch.headers.getSetCookie().some((cookie) => cookie.startsWith("ob_session="))).toBe(false);
  expect((await signIn(server, sam.id, PEOPLE.sam.pin)).headers.getSetCookie().some((cookie) => cookie.startsWith("ob_session="))).toBe(true);
});

test("a new X-Forwarded-For on every try gets an attacker no new address: the address is throttled all the same", async ({ server }) => {
  const everyone = new Map([...(await peopleOf(server, "mission")), ...(await peopleOf(server, "oak-park"))].map((person) => [person.id, person]));
  const [first, second, third] = [...everyone.keys()];
  let attempt = 0;
  const spoofed = (employeeId: number) => signIn(server, employeeId, String(1000 + attempt), { "x-forwarded-for": `198.51.100.${++attempt}`, "x-real-ip": `203.0.113.${attempt}` });
  // Ten tries each on two people (each person's own limit): twenty from this one address in all.
  for (const person of [first!, second!]) {
    for (let i = 0; i < 10; i++) expect((await spoofed(person)).status).toBe(401);
  }
  const refused = await spoofed(third!);
  expect(refused.status).toBe(429);
  expect((await refused.json()).error.data.domainCode).toBe("TOO_MANY_ATTEMPTS");
});

test("anyone can lock a person out with wrong PINs, and a manager unlocks them on the Staff page", async ({ server, browser }) => {
  const people = await peopleOf(server, "mission");
  const sam = people.find((person) => person.name === PEOPLE.sam.name)!;
  for (let i = 0; i < 10; i++) await signIn(server, sam.id, "0000");
  expect((await signIn(server, sam.id, PEOPLE.sam.pin)).status).toBe(429);

  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto("/sign-in?store=mission");
  await page.getByRole("button", { name: /Maya Patel/ }).click();
  for (const digit of PEOPLE.maya.pin) await page.getByRole("button", { name: digit, exact: true }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Mission St", level: 1 })).toBeVisible();
  await page.goto("/stores/mission/staff");
  const row = page.getByRole("row", { name: new RegExp(PEOPLE.sam.name) });
  await expect(row).toContainText("Locked out by wrong PINs");
  await row.getByRole("button", { name: `Unlock ${PEOPLE.sam.name}` }).click();
  await expect(row).not.toContainText("Locked out");
  await context.close();

  expect((await signIn(server, sam.id, PEOPLE.sam.pin)).status).toBe(200);
});
