import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_WEBHOOK_SECRET } from "@/server/demo/demo-credentials";
import { startReceiver } from "@/server/demo/notification-receiver";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { signedHeaders } from "@/server/integrations/signature";
import { alertText, API_AUTH, card, column, PEOPLE, platformSends, soundOffUntilTouched, type ApiOrder } from "./fixtures";
import { startOwnServer } from "@/test-support/production-server";

/** Where the README's picture of a busy board is written, so it always shows the board as it is. */
const SCREENSHOT = path.join(__dirname, "..", "docs", "board-1024x768.png");

async function signedIn(page: Page, person: { name: string; pin: string }) {
  const input = encodeURIComponent(JSON.stringify({ storeId: "mission" }));
  const people = (await (await page.request.get(`/api/trpc/auth.people?input=${input}`)).json()).result.data as { id: number; name: string }[];
  const employeeId = people.find((candidate) => candidate.name === person.name)!.id;
  expect((await page.request.post("/api/trpc/auth.signIn", { data: { storeId: "mission", employeeId, pin: person.pin } })).ok()).toBe(true);
}

const trpc = (request: APIRequestContext, path: string, input: unknown) => request.post(`/api/trpc/${path}`, { data: input });

test("at 1024×768, with 15 incoming orders and every kind of alert, the columns, the rail and the newest order fit without the page scrolling", async ({ browser }) => {
  test.slow();
  const server = await startOwnServer();
  const receiver = await startReceiver({ secrets: [DEMO_WEBHOOK_SECRET], reply: () => ({ status: 400 }) });
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 } });
    // The board must say when the browser keeps its sound off.
    await soundOffUntilTouched(context);
    const admin = context.request;
    const page = await context.newPage();
    await signedIn(page, PEOPLE.ada);
    // LulaDirect refuses our updates at Mission: a notification dead-letters at once.
    const settings = { storeId: "mission", platform: "luladirect", enabled: true, endpointUrl: `${receiver.url}/luladirect`, signingSecrets: [DEMO_WEBHOOK_SECRET], acceptDeadlineMinutes: 15 };
    expect((await trpc(admin, "integrations.saveConnection", settings)).ok()).toBe(true);

    const courierOrder = `dd-${randomUUID()}`;
    const waiting = await platformSends(admin, "doordash", "order-placed", courierOrder);
    expect((await trpc(admin, "orders.accept", { id: waiting.id, version: 1, prep_minutes: 20 })).ok()).toBe(true);
    await platformSends(admin, "doordash", "courier-arrived", courierOrder);
    await platformSends(admin, "uber_eats", "order-placed", `ue-${randomUUID()}`, "mission", Date.now() - 9 * 60_000);
    const refused = await platformSends(admin, "luladirect", "order-placed", `lula-${randomUUID()}`);
    expect((await trpc(admin, "orders.accept", { id: refused.id, version: 1, prep_minutes: 10 })).ok()).toBe(true);
    const garbled = JSON.stringify({ event_type: "order_created", order: { id: `dd-${randomUUID()}`, note: "garbled" } });
    await admin.post("/api/webhooks/doordash", { data: garbled, headers: { "content-type": "application/json", ...signedHeaders([DEMO_WEBHOOK_SECRET], `msg_${randomUUID()}`, garbled) } });
    expect((await trpc(admin, "issues.report", { id: waiting.id, type: "wrong_items", priority: "urgent", description: "Wrong burger in the bag" })).ok()).toBe(true);

    const random = seededRandom(7);
    const posted: ApiOrder[] = [];
    for (let i = 0; i < 15; i++) {
      const response = await admin.post("/api/v1/orders", { data: randomOrder(random, { storeId: "mission" }), headers: API_AUTH });
      expect(response.status()).toBe(201);
      posted.push((await response.json()).order);
    }
    const newest = posted.at(-1)!;

    // The board as staff see it.
    await signedIn(page, PEOPLE.sam);
    await page.goto("/stores/mission");
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    await expect(card(column(page, "Incoming"), newest)).toBeVisible();
    // Before anyone touches it (any tap turns the sound on).
    await expect(page.getByRole("button", { name: "Sound is off: tap to turn on" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Courier waiting for" })).toBeVisible();
    await expect.poll(() => alertText(page)).toMatch(/need(s)? accepting now/);
    await expect.poll(() => alertText(page)).toMatch(/could not be read/);
    await expect.poll(() => alertText(page)).toMatch(/LulaDirect is not getting our updates/);
    await expect.poll(() => alertText(page)).toMatch(/urgent issue/);

    const inView = async (name: string, locator: ReturnType<Page["getByRole"]>) => {
      const box = await locator.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y, name).toBeGreaterThanOrEqual(0);
      expect(box!.y + Math.min(box!.height, 40), name).toBeLessThanOrEqual(768);
    };
    for (const name of ["Incoming", "Accepted", "Bagging", "Ready"] as const) await inView(name, column(page, name).getByRole("heading", { level: 2 }));
    await inView("the alert rail", page.getByRole("region", { name: "Alerts" }));
    await inView("the newest order", card(column(page, "Incoming"), newest));
    expect(await column(page, "Incoming").getByRole("article").first().getAttribute("aria-label")).toBe(`Order ${newest.short_code}`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);

    const incoming = column(page, "Incoming").getByRole("list", { name: "Incoming orders" });
    const scrolled = await incoming.evaluate((list) => {
      const before = list.scrollTop;
      list.scrollTop = 600;
      return { scrolls: list.scrollHeight > list.clientHeight, moved: list.scrollTop - before, page: window.scrollY };
    });
    expect(scrolled).toEqual({ scrolls: true, moved: 600, page: 0 });
    await incoming.evaluate((list) => (list.scrollTop = 0));

    // A card with its lines closed (and no note) stays about 200 px tall, so several show at once.
    const heights = await column(page, "Incoming")
      .getByRole("article")
      .filter({ hasNotText: /Note:|Allergy:/ })
      .evaluateAll((cards) => cards.slice(0, 5).map((element) => element.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(2);
    expect(Math.max(...heights)).toBeLessThanOrEqual(220);


    await page.screenshot({ path: SCREENSHOT });
    await context.close();
  } finally {
    await receiver.close();
    await server.dispose();
  }
});
