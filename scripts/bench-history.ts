// Builds a throwaway database with 1,000,000 orders over a year across 20 stores and prints p50/p95
// of the history queries: a filtered page deep in the list, and a count.
//   npm run bench:history [-- --orders 1000000 --runs 200]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { closeDb, migrationsBehind } from "@/db/client";
import { countOrders } from "@/server/services/count-orders";
import { getAnalytics } from "@/server/services/get-analytics";
import { listOrders, ZListOrders } from "@/server/services/list-orders";

const { values } = parseArgs({ options: { orders: { type: "string", default: "1000000" }, runs: { type: "string", default: "200" } } });
const ORDERS = Number(values.orders);
const RUNS = Number(values.runs);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "orderboard-bench-"));
// getDb() reads this when first called, below.
process.env.ORDERBOARD_DB = path.join(folder, "bench.db");

async function main() {
// The app's data layer creates and migrates the file; the bulk rows go in through a raw connection of their own.
await migrationsBehind();
const sqlite = new Database(process.env.ORDERBOARD_DB);
const STORES = Array.from({ length: 20 }, (_, i) => `store-${String(i + 1).padStart(2, "0")}`);
const PLATFORMS = ["doordash", "uber_eats", "grubhub", "luladirect"];
const FULFILLMENT = ["delivery", "merchant_delivery", "pickup", "curbside", "drive_thru", "dine_in"];
const STATUSES = ["completed", "completed", "completed", "completed", "completed", "completed", "cancelled", "denied", "picked_up"];
const ITEMS = ["Smash Burger", "Fries", "Veggie Bowl", "Caesar Salad", "Chocolate Shake", "Lemonade", "Crispy Chicken Sandwich"];
const now = Date.now();
const YEAR = 365 * 86_400_000;

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);

const started = performance.now();
const insertStore = sqlite.prepare("insert into stores (id, name, timezone, created_at) values (?, ?, 'America/New_York', ?)");
const insertOrder = sqlite.prepare(`insert into orders (store_id, platform, external_id, short_code, status, fulfillment_type, customer_first_name, customer_last_name,
  currency, subtotal_cents, tax_cents, tip_cents, fees_cents, discount_cents, total_cents, tax_base_subtotal_cents, tax_base_cents, placed_at, finished_at, created_at, updated_at)
  values (?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?)`);
const insertItem = sqlite.prepare("insert into order_items (order_id, position, name, quantity, unit_price_cents, modifiers) values (?, 0, ?, ?, ?, '[]')");
const insertEvent = sqlite.prepare("insert into order_events (order_id, store_id, type, to_status, actor_type, actor_name, created_at) values (?, ?, ?, ?, 'employee', ?, ?)");
const RECENT = 35 * 86_400_000;
let events = 0;
sqlite.transaction(() => {
  for (const store of STORES) insertStore.run(store, store, now);
  for (let i = 0; i < ORDERS; i++) {
    const placed = now - Math.floor(random() * YEAR);
    const store = STORES[i % STORES.length]!;
    const status = STATUSES[i % STATUSES.length]!;
    const price = 450 + Math.floor(random() * 3000);
    const quantity = 1 + Math.floor(random() * 3);
    const subtotal = price * quantity;
    const tax = Math.round(subtotal * 0.0875);
    const code = i.toString(36).toUpperCase().padStart(6, "0");
    const { lastInsertRowid } = insertOrder.run(
      // Drawn, not i % 4: with 20 stores that would give each store a single platform.
      store, PLATFORMS[Math.floor(random() * PLATFORMS.length)], `bench-${i}`, code, status, FULFILLMENT[Math.floor(random() * FULFILLMENT.length)],
      "Customer", `N${i % 997}`, subtotal, tax, subtotal + tax, subtotal, tax, placed, placed + 1_800_000, placed, placed,
    );
    insertItem.run(lastInsertRowid, ITEMS[i % ITEMS.length], quantity, price);
    // The last five weeks get a full timeline, so the 30-day analytics read what a real store has.
    if (now - placed < RECENT && status === "completed") {
      const person = `Person ${i % 7}`;
      const steps: [string, string, number][] = [["created", "incoming", 0], ["accepted", "accepted", 90_000], ["advanced", "bagging", 600_000], ["advanced", "ready", 900_000], ["advanced", "completed", 1_500_000]];
      for (const [type, to, after] of steps) insertEvent.run(lastInsertRowid, store, type, to, person, placed + after);
      events += steps.length;
    }
  }
})();
sqlite.pragma("optimize");
sqlite.close();
console.log(`Built ${ORDERS.toLocaleString()} orders (and ${events.toLocaleString()} timeline events for the last 5 weeks) across ${STORES.length} stores in ${((performance.now() - started) / 1000).toFixed(1)} s (${folder})`);

async function measure(name: string, run: (i: number) => Promise<unknown>) {
  await run(0);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${name.padEnd(58)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   (${RUNS} runs)`);
}

// Cursors spread over the second half of each store's year: pages deep in the list.
const deepCursors = Array.from({ length: RUNS }, (_, i) => {
  const placed = now - YEAR / 2 - Math.floor(random() * (YEAR / 2.5));
  return { storeId: STORES[i % STORES.length]!, cursor: `${placed}.${Number.MAX_SAFE_INTEGER}` };
});
const thirtyDays = new Date(now - 30 * 86_400_000).toISOString();

await measure("history page deep in the list (store + status + platform)", (i) =>
  listOrders(ZListOrders.parse({ store_id: deepCursors[i]!.storeId, status: ["completed"], platform: ["grubhub"], cursor: deepCursors[i]!.cursor, limit: 50 }), null),
);
await measure("history page deep in the list (store only)", (i) => listOrders(ZListOrders.parse({ store_id: deepCursors[i]!.storeId, cursor: deepCursors[i]!.cursor, limit: 50 }), null));
await measure("count by status, one store, last 30 days", (i) => countOrders({ store_id: STORES[i % STORES.length], placed_from: thirtyDays }, null));
await measure("count by status, one store, whole year", (i) => countOrders({ store_id: STORES[i % STORES.length] }, null));
await measure("30-day analytics set, one store", (i) => getAnalytics(STORES[i % STORES.length]!, { range: "30d" }, now));

await closeDb();
fs.rmSync(folder, { recursive: true, force: true });
}

void main();
