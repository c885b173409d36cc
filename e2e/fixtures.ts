import { randomUUID } from "node:crypto";
import { test as base, expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { DEMO_TOKEN_SECRET, DEMO_WEBHOOK_SECRET } from "@/server/demo/demo-credentials";
import { freshDelivery, shortCodeOf } from "@/server/demo/webhook-templates";
import type { Platform } from "@/server/domain/platforms";
import type { ExampleName } from "@/server/integrations/examples";
import { signedHeaders } from "@/server/integrations/signature";
import { randomOrder, seededRandom, type RandomOrderOptions } from "@/server/demo/random-order";
import type { NewOrderInput } from "@/server/domain/new-order";

/** The demo store every board test opens; tests find their own orders by short code, so they never collide. */
export const STORE = "mission";

export type ApiOrder = { id: number; short_code: string; status: string; version: number };

/** The demo seed's integrator token (README: demo only). */
export const API_AUTH = { authorization: `Bearer ${DEMO_TOKEN_SECRET}` };

/** The demo seed's people and PINs, as the README prints them. */
export const PEOPLE = {
  sam: { name: "Sam Rivera", pin: "1111" },
  jo: { name: "Jo Chen", pin: "3333" },
  maya: { name: "Maya Patel", pin: "2222" },
  ada: { name: "Ada Admin", pin: "9999" },
} as const;
type Person = { name: string; pin: string };

/** Signs the page's browser context in through the real sign-in procedure (the UI flow has its own test). */
export async function signIn(page: Page, person: Person, storeId = STORE) {
  const query = encodeURIComponent(JSON.stringify({ storeId }));
  const people = (await (await page.request.get(`/api/trpc/auth.people?input=${query}`)).json()).result.data as { id: number; name: string }[];
  const employeeId = people.find((candidate) => candidate.name === person.name)?.id;
  const response = await page.request.post("/api/trpc/auth.signIn", { data: { storeId, employeeId, pin: person.pin } });
  expect(response.ok(), await response.text()).toBe(true);
}

/** A call to the REST API of the server at `base` with the demo integrator's token, as any integrator makes it. */
export function apiCall(base: string, method: string, path: string, body?: unknown) {
  return fetch(`${base}/api/v1${path}`, {
    method,
    headers: { "content-type": "application/json", ...API_AUTH },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * Eight integrators at once, each sending an order and accepting it, until `running()` says stop or
 * the server under one of them dies (`mortal`): fetch then fails with a TypeError, and nothing that
 * integrator was sending was acknowledged. `servers` are taken in turn.
 */
export function sustainedIntake<S extends { url: string }, O extends ApiOrder>(servers: S[], post: (server: S) => Promise<O>, running: () => boolean, mortal: (server: S) => boolean) {
  const created: O[] = [];
  const accepted = new Set<number>();
  const done = Promise.all(
    Array.from({ length: 8 }, async (_, n) => {
      const server = servers[n % servers.length]!;
      while (running()) {
        try {
          const order = await post(server);
          created.push(order);
          const answer = await apiCall(server.url, "POST", `/orders/${order.id}/accept`, { version: order.version, prep_minutes: 15 });
          if (answer.status === 200) accepted.add(order.id);
        } catch (error) {
          if (error instanceof TypeError && mortal(server)) return;
          throw error;
        }
      }
    }),
  );
  return { created, accepted, done };
}

type Fixtures = {
  /** Posts a realistic order through the public REST endpoint, as an integrator would. */
  postOrder: (options?: Partial<RandomOrderOptions> & { body?: Partial<NewOrderInput> }) => Promise<ApiOrder>;
  /** Two tablets (separate browser contexts) with the store's board open and live: Sam on A, Maya on B. */
  tablets: [Page, Page];
};

export const test = base.extend<Fixtures>({
  /** Every test's page is a tablet with Sam (staff of the demo store) signed in. */
  page: async ({ page }, provide) => {
    await signIn(page, PEOPLE.sam);
    await provide(page);
  },
  postOrder: async ({ request }, provide, testInfo) => {
    const random = seededRandom(Date.now() + testInfo.workerIndex * 7919 + testInfo.repeatEachIndex);
    await provide(async ({ body, ...options } = {}) => {
      const order = { ...randomOrder(random, { storeId: STORE, ...options }), ...body };
      const response = await request.post("/api/v1/orders", { data: order, headers: API_AUTH });
      expect(response.status(), await response.text()).toBe(201);
      return (await response.json()).order as ApiOrder;
    });
  },
  tablets: async ({ browser }, provide) => {
    const contexts = [await browser.newContext(), await browser.newContext()];
    const pages = [await contexts[0]!.newPage(), await contexts[1]!.newPage()] as [Page, Page];
    await signIn(pages[0], PEOPLE.sam);
    await signIn(pages[1], PEOPLE.maya);
    for (const page of pages) await openBoard(page);
    await provide(pages);
    for (const context of contexts) await context.close();
  },
});
export { expect };

export async function openBoard(page: Page, storeId = STORE) {
  await page.goto(`/stores/${storeId}`);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
}

export const column = (page: Page, name: "Incoming" | "Accepted" | "Bagging" | "Ready") => page.getByRole("region", { name, exact: true });

/** The orders that left the board in the last half hour, in the board's dock (opened if it is closed). */
export async function finished(page: Page) {
  const toggle = page.getByRole("button", { name: /^Recently finished/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return page.getByRole("region", { name: "Recently finished", exact: true });
}

/** The board's alert rail with every line open (it shows two, the rest behind "N more"); lines come and go, so poll with it. */
export async function openAlerts(page: Page) {
  const rail = page.getByRole("region", { name: "Alerts" });
  const more = rail.getByRole("button", { name: /^\d+ more$/ });
  if (await more.isVisible()) await more.click();
  return rail;
}

/** Everything the alert rail says, the lines behind "N more" included: for expect.poll. */
export async function alertText(page: Page): Promise<string> {
  const rail = page.getByRole("region", { name: "Alerts" });
  return (await rail.count()) === 0 ? "" : ((await rail.textContent()) ?? "");
}

/** Picks an entry of a card's More menu (Details, Print, Deny, Cancel order, Recall to …, Ready anyway, …). */
export async function fromMenu(page: Page, order: ApiOrder, entry: string | RegExp, scope: Page | Locator = page) {
  const more = card(scope, order).getByRole("button", { name: `More actions for order ${order.short_code}` });
  const item = page.getByRole("menuitem", { name: entry });
  // A tap that did not open the menu is tapped again, as a person would: seen once in CI, right after
  // an Undo on the same card, the menu stayed shut after a click that Playwright reported done.
  await expect(async () => {
    if (!(await item.isVisible())) await more.click();
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass();
  // By keyboard: on a busy board new cards can move the open menu while a pointer aims at it.
  await item.press("Enter");
}

/** Opens an order's details from its card. */
export async function details(page: Page, order: ApiOrder, scope: Page | Locator = page) {
  await fromMenu(page, order, "Details", scope);
  return page.getByRole("dialog", { name: `Order ${order.short_code} details` });
}

export const card = (scope: Page | Locator, order: ApiOrder) =>
  scope.getByRole("article", { name: `Order ${order.short_code}`, exact: true });

/**
 * The new-order sheet is up and announces `order`: by name, or, when another flow posted a newer
 * order to the same store a moment later (the sheet shows the newest), among the "more new" it counts.
 */
export async function expectAnnounced(page: Page, order: ApiOrder) {
  const named = page.getByRole("dialog", { name: new RegExp(`^New order #${order.short_code} · `) });
  const behindNewer = page.getByRole("dialog", { name: /^New order #/ }).filter({ hasText: /\(\+\d+ more new\)/ });
  await expect(named.or(behindNewer)).toBeVisible();
}

/** Bag check: ticks every line of a card in Bagging. */
export async function tickAll(page: Page, order: ApiOrder) {
  const bagging = card(column(page, "Bagging"), order);
  await expect(bagging.getByRole("checkbox").first()).toBeVisible();
  for (const box of await bagging.getByRole("checkbox").all()) await tick(box);
}

/** A tick is saved before it shows (every tablet sees the same), so click and wait for it. */
export async function tick(box: Locator) {
  await box.click();
  await expect(box).toBeChecked();
}

export async function acceptWith(page: Page, order: ApiOrder, minutes: string) {
  await card(page, order).getByRole("button", { name: "Accept", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Accept order ${order.short_code}` });
  await dialog.getByRole("radio", { name: minutes, exact: true }).check();
  await dialog.getByRole("button", { name: "Accept order" }).click();
  await expect(dialog).toBeHidden();
}

/** Sends one of a platform's recorded webhooks, re-addressed to this test's order and signed with the demo's secret. */
export async function platformSends(request: APIRequestContext, platform: Platform, name: ExampleName, orderId: string, storeId = STORE, now = Date.now()) {
  const body = freshDelivery(platform, name, { orderId, storeId, now });
  const response = await request.post(`/api/webhooks/${platform}`, {
    data: body,
    headers: { "content-type": "application/json", ...signedHeaders([DEMO_WEBHOOK_SECRET], `msg_${randomUUID()}`, body) },
  });
  expect(response.status(), await response.text()).toBe(200);
  const answer = (await response.json()) as { outcome: string; order_id: number };
  expect(answer.outcome).toBe("applied");
  return { id: answer.order_id, short_code: shortCodeOf(orderId), status: "incoming", version: 1 } satisfies ApiOrder;
}


/** A tablet's browser keeps audio off until the first touch; headless Chromium does not, so start it off. */
export async function soundOffUntilTouched(target: Page | BrowserContext) {
  await target.addInitScript(() => {
    const Native = window.AudioContext;
    window.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) {
        super(options);
        void this.suspend();
      }
    };
  });
}
