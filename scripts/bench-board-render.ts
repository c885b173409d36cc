// How long an order posted to the API takes to show on a busy board in Chromium: a board of 300 active
// orders, 200 other boards' feeds open on the same store, each order POSTed and timed until its card is
// on the screen (the frame after it enters the page). Aim: p99 under 60 ms.
//   npm run bench:board [-- --active 300 --boards 200 --orders 40]      (run `next build` first)
import { setMaxListeners } from "node:events";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { DEMO_TOKEN_SECRET } from "@/server/demo/demo-credentials";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { startOwnServer } from "@/test-support/production-server";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { openFeed, percentile, runBenchmark, signIn, STORE, waitFor } from "./bench-support";

const { values } = parseArgs({ options: { active: { type: "string", default: "300" }, boards: { type: "string", default: "200" }, orders: { type: "string", default: "40" } } });
const ACTIVE = Number(values.active);
const BOARDS = Number(values.boards);
const ORDERS = Number(values.orders);
/** Orders are posted this far apart, so each one's render is measured on its own. */
const ORDER_INTERVAL_MS = 300;

/** The page's promise of the moment the awaited card is on screen. */
type Watching = Window & { cardShown?: Promise<number> };

const random = seededRandom(42);
const authorization = `Bearer ${DEMO_TOKEN_SECRET}`;

async function postOrder(base: string, shortCode: string) {
  const response = await fetch(`${base}/api/v1/orders`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify({ ...randomOrder(random, { storeId: STORE, fulfillment: "pickup" }), short_code: shortCode }),
  });
  if (response.status !== 201) throw new Error(`Order refused: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).order as { id: number; version: number };
}

async function main() {
  // The browser first: Playwright closes it if the process dies, while a started server must be stopped by us.
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const server = await startOwnServer();
  const feeds = new AbortController();
  setMaxListeners(BOARDS + 10, feeds.signal);
  try {
    const base = server.url;
    const cookie = await signIn(base);
    // A third of the active orders in the kitchen's columns, the rest waiting in Incoming.
    for (let n = 0; n < ACTIVE; n++) {
      const order = await postOrder(base, `A${n}`);
      if (n % 3 === 0) {
        await fetch(`${base}/api/trpc/orders.accept`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: base },
          body: JSON.stringify({ id: order.id, version: order.version, prepMinutes: 20 }),
        });
      }
    }
    const others = Array.from({ length: BOARDS }, () => openFeed(base, cookie, feeds.signal));
    await waitFor(() => others.every((feed) => feed.connected), 60_000, `${BOARDS} feeds to connect`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/stores/${STORE}`);
    await page.getByRole("status").filter({ hasText: "Live" }).waitFor();
    const shown = await page.getByRole("article").count();

    const latencies: number[] = [];
    for (let n = 0; n < ORDERS; n++) {
      const code = `B${n}`;
      // The page watches for the card before the order is sent (a watcher set up later could miss it), and
      // notes the wall-clock time of the first frame after the card enters it.
      await page.evaluate((label) => {
        (window as Watching).cardShown = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector(`article[aria-label="${label}"]`)) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      }, `Order ${code}`);
      const sentAt = Date.now();
      await postOrder(base, code);
      const shownAt = await page.evaluate(() => (window as Watching).cardShown!);
      latencies.push(shownAt - sentAt);
      await new Promise((resolve) => setTimeout(resolve, ORDER_INTERVAL_MS));
    }
    latencies.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      `Board of ${shown} cards (${ACTIVE} active orders posted) in Chromium at 1280×800, ${BOARDS} other boards' feeds open: ` +
        `${ORDERS} orders POSTed → on screen p50 ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))}, max ${ms(latencies.at(-1)!)}`,
    );
  } finally {
    feeds.abort();
    await browser.close();
    await server.dispose();
  }
}

runBenchmark(main);
