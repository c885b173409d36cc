import { test as base, expect, type Page } from "@playwright/test";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { alertText, API_AUTH, card, column, PEOPLE, signIn, type ApiOrder } from "./fixtures";
import { startOwnServer, type OwnServer } from "@/test-support/production-server";

// Restarts and crashes, against a production server of the test's own that it can stop and start.
const test = base.extend<{ server: OwnServer; board: Page }>({
  server: async ({}, provide) => {
    const own = await startOwnServer();
    await provide(own);
    await own.dispose();
  },
  board: async ({ browser, server }, provide) => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, PEOPLE.sam);
    await page.goto("/stores/mission");
    await expect(live(page)).toBeVisible();
    await provide(page);
    await context.close();
  },
});

const live = (page: Page) => page.getByRole("status").filter({ hasText: "Live" });
const random = seededRandom(Date.now());

async function post(server: OwnServer): Promise<ApiOrder> {
  const response = await fetch(`${server.url}/api/v1/orders`, {
    method: "POST",
    headers: { "content-type": "application/json", ...API_AUTH },
    body: JSON.stringify(randomOrder(random, { storeId: "mission", fulfillment: "pickup" })),
  });
  expect(response.status).toBe(201);
  return (await response.json()).order as ApiOrder;
}

for (const signal of ["SIGTERM", "SIGKILL"] as const) {
  test(`after a ${signal}, the board stops saying Live within 5 s, and after the restart shows a new order within 5 s with what it missed`, async ({ server, board }) => {
    // A SIGTERM'd server ends by itself, though the board's browser keeps its connections alive.
    expect(await server.stop(signal)).toBe(true);
    await expect(live(board)).toHaveCount(0, { timeout: 5_000 });
    await expect(board.getByRole("alert").filter({ hasText: /^Disconnected since/ })).toBeVisible({ timeout: 5_000 });
    // The board stays as it was while the server is away.
    await expect(column(board, "Incoming")).toBeVisible();

    await server.start();
    const order = await post(server);
    await expect(card(column(board, "Incoming"), order)).toBeVisible({ timeout: 5_000 });
    await expect(live(board)).toBeVisible();
    await expect.poll(() => alertText(board)).toMatch(/While this board was offline \(.+\): 1 new order/);
  });
}

test("a tap while the server is down leaves the board in place, the action waiting on its card, and it goes through once the server is back", async ({ server, board }) => {
  const order = await post(server);
  await expect(card(column(board, "Incoming"), order)).toBeVisible();
  await server.stop("SIGKILL");
  await expect(live(board)).toHaveCount(0, { timeout: 5_000 });

  await card(board, order).getByRole("button", { name: "Accept", exact: true }).click();
  const dialog = board.getByRole("dialog", { name: `Accept order ${order.short_code}` });
  await dialog.getByRole("radio", { name: "10 min", exact: true }).check();
  await dialog.getByRole("button", { name: "Accept order" }).click();
  await expect(card(board, order).getByRole("status")).toHaveText(/Accept: waiting for the connection/);
  await expect(column(board, "Incoming")).toBeVisible();
  await expect(board.getByRole("heading", { name: "This board could not be opened" })).toHaveCount(0);

  await server.start();
  await expect(card(column(board, "Accepted"), order)).toBeVisible({ timeout: 10_000 });
  await expect(card(board, order).getByRole("status")).toHaveCount(0);
});

test("with the server down, the installed board opens from the service worker with the orders it last showed, says it is disconnected, and catches up when the server is back", async ({ browser, server }) => {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 }, serviceWorkers: "allow" });
  const first = await context.newPage();
  await signIn(first, PEOPLE.sam);
  const order = await post(server);
  await first.goto("/stores/mission");
  await expect(live(first)).toBeVisible();
  await expect(card(column(first, "Incoming"), order)).toBeVisible();
  // The service worker controls the page and has kept the board page.
  await expect
    .poll(() => first.evaluate(async () => navigator.serviceWorker.controller !== null && (await (await caches.open("board-pages")).keys()).length > 0), { timeout: 30_000 })
    .toBe(true);
  // Leaving the board unloads it at once (a closed page's renderer can still take a last event from its
  // feed and keep it), so what it kept is what it showed before the next order.
  await first.goto("about:blank");
  await first.close();
  // An order arrives while the tablet's board is closed, then the server goes down.
  const missed = await post(server);
  await server.stop("SIGKILL");

  const page = await context.newPage();
  await page.goto("/stores/mission");
  await expect(card(column(page, "Incoming"), order)).toBeVisible();
  await expect(card(page, missed)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Disconnected" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: /^Disconnected: this board is not receiving orders\. Reconnecting… Last update .+ ago\.$/ })).toBeVisible();
  // Opened at its start address ("/"), the app lands on the board it last showed.
  await page.goto("/");
  await expect(page).toHaveURL(`${server.url}/stores/mission`);
  await expect(card(column(page, "Incoming"), order)).toBeVisible();

  await server.start();
  await expect(live(page)).toBeVisible({ timeout: 30_000 });
  await expect(card(column(page, "Incoming"), missed)).toBeVisible();
  await expect.poll(() => alertText(page)).toMatch(/While this board was offline \(.+\): 1 new order/);
  await context.close();
});
