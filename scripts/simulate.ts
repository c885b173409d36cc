// Keeps a demo board alive: posts realistic orders to a running Orderboard, half through the REST API and
// half as signed platform webhooks (a courier arrives two minutes later), and plays the platforms' side:
// a local receiver that checks and prints every notification the store sends back.
//   npm run simulate -- --rate 6 --url http://localhost:3000 --stores mission,oak-park --count 20 --token ob_…
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { DEMO_RECEIVER_PORT, DEMO_TOKEN_SECRET, DEMO_WEBHOOK_SECRET } from "@/server/demo/demo-credentials";
import { startReceiver } from "@/server/demo/notification-receiver";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { freshDelivery } from "@/server/demo/webhook-templates";
import { PLATFORMS, type Platform } from "@/server/domain/platforms";
import { signedHeaders } from "@/server/integrations/signature";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.ORDERBOARD_URL ?? "http://localhost:3000" },
    rate: { type: "string", default: "4" },
    stores: { type: "string" },
    count: { type: "string" },
    token: { type: "string", default: process.env.ORDERBOARD_TOKEN ?? DEMO_TOKEN_SECRET },
    secret: { type: "string", default: process.env.ORDERBOARD_WEBHOOK_SECRET ?? DEMO_WEBHOOK_SECRET },
    "receiver-port": { type: "string", default: String(DEMO_RECEIVER_PORT) },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run simulate -- [--rate ORDERS_PER_MINUTE] [--url URL] [--stores ID,ID] [--count N]
  --rate    orders per minute, spread over the stores (default 4)
  --url     the running server (default http://localhost:3000, or ORDERBOARD_URL)
  --stores  store ids to post to (default: every store the server has)
  --count   stop after this many orders (default: run until stopped with Ctrl-C)
  --token   an API token with orders:read and orders:write (default: ORDERBOARD_TOKEN, else the demo's token)
  --secret  the platforms' webhook signing secret (default: ORDERBOARD_WEBHOOK_SECRET, else the demo's)
  --receiver-port  where the platforms' notification receiver listens (default ${DEMO_RECEIVER_PORT}; 0 for none)`);
  process.exit(0);
}

const rate = Number(values.rate);
const count = values.count === undefined ? Infinity : Number(values.count);
if (!(rate > 0 && rate <= 6000) || !(count > 0)) {
  console.error("--rate must be a number of orders per minute from 0 to 6000, and --count a positive number");
  process.exit(2);
}

const auth = { authorization: `Bearer ${values.token}` };

async function storeIds(): Promise<string[]> {
  if (values.stores) return values.stores.split(",").map((id) => id.trim()).filter(Boolean);
  const response = await fetch(new URL("/api/v1/stores", values.url), { headers: auth });
  if (!response.ok) throw new Error(`Could not list the stores at ${values.url}: HTTP ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { stores: { id: string }[] };
  return body.stores.map((store) => store.id);
}

/** Sends a platform's webhook, signed as the platform would sign it. */
async function sendWebhook(platform: Platform, body: string): Promise<string> {
  const response = await fetch(new URL(`/api/webhooks/${platform}`, values.url), {
    method: "POST",
    headers: { "content-type": "application/json", ...signedHeaders([values.secret], `msg_${randomUUID()}`, body) },
    body,
  });
  return `HTTP ${response.status} ${await response.text()}`;
}

/** A platform order by webhook, and its courier at the counter two minutes later. */
async function platformOrder(platform: Platform, storeId: string) {
  const orderId = `${platform}-${randomUUID().slice(0, 8)}`;
  console.log(`→ ${platform} order ${orderId} for ${storeId} by webhook: ${await sendWebhook(platform, freshDelivery(platform, "order-placed", { orderId, storeId }))}`);
  setTimeout(() => {
    void sendWebhook(platform, freshDelivery(platform, "courier-arrived", { orderId, storeId })).then((answer) =>
      console.log(`→ ${platform} courier arrived for ${orderId}: ${answer}`),
    );
  }, 120_000);
}

async function startPlatformReceiver() {
  const port = Number(values["receiver-port"]);
  if (!port) return;
  const receiver = await startReceiver({
    port,
    secrets: [values.secret],
    onNotification: (n) =>
      console.log(`← ${n.path.slice(1)} heard ${n.body?.type ?? "?"} for ${String(n.body?.data?.order_id ?? "?")} (signature ${n.verified ? "valid" : "INVALID"})`),
  });
  console.log(`Platform notifications are received at ${receiver.url}/<platform>`);
}

/** An order through the REST API, as an integrator posts one. */
async function restOrder(random: ReturnType<typeof seededRandom>, storeId: string) {
  const order = randomOrder(random, { storeId });
  const response = await fetch(new URL("/api/v1/orders", values.url), {
    method: "POST",
    headers: { "content-type": "application/json", ...auth },
    body: JSON.stringify(order),
  });
  const text = await response.text();
  if (response.status === 201) {
    const { order: created } = JSON.parse(text) as { order: { id: number; short_code: string; store_id: string } };
    console.log(`#${created.short_code} (${order.platform}, ${order.fulfillment.type}) → ${created.store_id}, order ${created.id}`);
  } else {
    console.error(`Order refused with HTTP ${response.status}: ${text}`);
  }
}

async function main() {
  const stores = await storeIds();
  if (stores.length === 0) throw new Error("The server has no stores to post orders to");
  await startPlatformReceiver();
  const random = seededRandom(Date.now());
  const intervalMs = 60_000 / rate;
  console.log(`Posting ${rate} orders a minute to ${stores.join(", ")} at ${values.url}${Number.isFinite(count) ? `, ${count} in all` : ""}`);
  for (let sent = 0; sent < count; sent++) {
    const storeId = random.pick(stores);
    if (sent % 2 === 1) await platformOrder(random.pick(PLATFORMS), storeId);
    else await restOrder(random, storeId);
    if (sent + 1 < count) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  // A bounded run ends here; couriers still due and notifications still on their way are not waited for.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
