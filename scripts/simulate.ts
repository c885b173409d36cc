// Keeps a demo board alive: posts realistic orders to a running Orderboard through its public REST endpoint.
//   npm run simulate -- --rate 6 --url http://localhost:3000 --stores mission,oak-park --count 20 --token ob_…
import { parseArgs } from "node:util";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { DEMO_TOKEN_SECRET } from "@/server/demo/demo-token";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.ORDERBOARD_URL ?? "http://localhost:3000" },
    rate: { type: "string", default: "4" },
    stores: { type: "string" },
    count: { type: "string" },
    token: { type: "string", default: process.env.ORDERBOARD_TOKEN ?? DEMO_TOKEN_SECRET },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run simulate -- [--rate ORDERS_PER_MINUTE] [--url URL] [--stores ID,ID] [--count N]
  --rate    orders per minute, spread over the stores (default 4)
  --url     the running server (default http://localhost:3000, or ORDERBOARD_URL)
  --stores  store ids to post to (default: every store the server has)
  --count   stop after this many orders (default: run until stopped with Ctrl-C)
  --token   an API token with orders:read and orders:write (default: ORDERBOARD_TOKEN, else the demo's token)`);
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

async function main() {
  const stores = await storeIds();
  if (stores.length === 0) throw new Error("The server has no stores to post orders to");
  const random = seededRandom(Date.now());
  const intervalMs = 60_000 / rate;
  console.log(`Posting ${rate} orders a minute to ${stores.join(", ")} at ${values.url}${Number.isFinite(count) ? `, ${count} in all` : ""}`);
  for (let sent = 0; sent < count; sent++) {
    const order = randomOrder(random, { storeId: random.pick(stores) });
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
    if (sent + 1 < count) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
