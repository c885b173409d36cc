import { and, asc, eq } from "drizzle-orm";
import { getDb, rowCount } from "@/db/client";
import { employeeStores, employees, orders, stores } from "@/db/schema";
import { createApiToken } from "@/server/services/api-tokens";
import { hashPin } from "@/server/services/secrets";
import { FULFILLMENT_TYPES, leavesWithCourier } from "@/server/domain/fulfillment";
import { ZAdvanceTarget, type OrderStatus } from "@/server/domain/order-status";
import type { NewOrder } from "@/server/domain/new-order";
import { MARKETPLACES } from "@/server/domain/platforms";
import { acceptOrder } from "@/server/services/accept-order";
import { changeDetails } from "@/server/services/change-details";
import { createGroup, setGroupMember } from "@/server/services/staff-groups";
import { setCustomerNotes } from "@/server/services/customers";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { cancelOrder, denyOrder } from "@/server/services/close-order";
import { createOrder } from "@/server/services/create-order";
import { failHandover } from "@/server/services/fail-handover";
import { getOrder } from "@/server/services/get-order";
import { advanceOrder } from "@/server/services/move-order";
import { setItemPacked } from "@/server/services/pack-item";
import { connectDemoPlatforms } from "./demo-platforms";
import { DEMO_TOKEN_SECRET } from "./demo-credentials";
import { randomOrder, seededRandom, type RandomOrderOptions } from "./random-order";

export const DEMO_STORES = [
  { id: "mission", name: "Mission St", timezone: "America/Los_Angeles" },
  { id: "oak-park", name: "Oak Park", timezone: "America/Chicago" },
];

const DEMO_GROUPS = ["Kitchen", "Expo", "Drivers"];

/** Where each demo order ends up: every board column, the recent strip, and both ways of losing one. */
const DEMO_PATHS: OrderStatus[][] = [
  [],
  [],
  [],
  ["accepted"],
  ["accepted"],
  ["accepted"],
  ["accepted", "bagging"],
  ["accepted", "bagging"],
  ["accepted", "ready"],
  ["accepted", "bagging", "ready"],
  ["accepted", "bagging", "ready", "picked_up"],
  ["accepted", "ready", "completed"],
  ["accepted", "cancelled"],
  ["denied"],
];

/** Orders that show what else an order can be: one to collect at the drive-thru window, the store's own channels, a failed handover. */
const DEMO_CASES: { path: OrderStatus[]; options: Omit<RandomOrderOptions, "storeId">; extra?: Partial<NewOrder> }[] = [
  { path: ["accepted", "bagging", "ready"], options: { unpaid: true, platform: "luladirect" } },
  { path: [], options: { fulfillment: "pickup", platform: "direct" }, extra: { channel: "kiosk", payment: { method: "card", paid: true } } },
  { path: ["accepted"], options: { fulfillment: "curbside", platform: "direct" }, extra: { channel: "web" } },
  // A pickup nobody came for: a failed handover, apart from the store's cancellations.
  { path: ["accepted", "ready", "failed"], options: { fulfillment: "pickup", platform: "grubhub" } },
];

async function walk(orderId: number, path: OrderStatus[], prepMinutes: number) {
  const options = { orderId, actor: SYSTEM_ACTOR };
  for (const [index, step] of path.entries()) {
    // The demo packs its bags properly: every line ticked before ready.
    if (step === "ready" && path[index - 1] === "bagging") {
      for (const item of (await getOrder(orderId)).items) await setItemPacked({ ...options, itemId: item.id, packed: true });
    }
    if (step === "accepted") await acceptOrder({ ...options, prepMinutes });
    else if (step === "denied") await denyOrder({ ...options, reason: { code: "KITCHEN_BUSY", message: "" } });
    else if (step === "cancelled") await cancelOrder({ ...options, reason: { code: "ITEM_OUT_OF_STOCK", message: "Out of brioche buns" } });
    else if (step === "failed") await failHandover({ ...options, outcome: "not_picked_up", reason: "The customer never came for it" });
    else await advanceOrder({ ...options, to: ZAdvanceTarget.parse(step) });
  }
}

/** The demo's people, whose PINs the README prints. */
export const DEMO_PEOPLE = [
  { name: "Sam Rivera", role: "staff", pin: "1111", storeIds: ["mission"] },
  { name: "Jo Chen", role: "staff", pin: "3333", storeIds: ["oak-park"] },
  { name: "Maya Patel", role: "manager", pin: "2222", storeIds: ["mission", "oak-park"] },
  { name: "Ada Admin", role: "admin", pin: "9999", storeIds: [] },
] as const;

/** Seeds the demo people and the simulator's token into a database that has no one yet. */
export async function seedDemoPeople(): Promise<boolean> {
  const db = getDb();
  if ((await rowCount(employees)) > 0) return false;
  const now = Date.now();
  for (const person of DEMO_PEOPLE) {
    const [row] = await db
      .insert(employees)
      .values({ name: person.name, role: person.role, pinHash: await hashPin(person.pin), active: true, createdAt: now, updatedAt: now })
      .returning();
    if (person.storeIds.length) await db.insert(employeeStores).values(person.storeIds.map((storeId) => ({ employeeId: row!.id, storeId })));
  }
  await createApiToken({ name: "Demo simulator", abilities: ["orders:read", "orders:write", "stores:read", "stores:write"], storeId: null, createdBy: "demo seed", secret: DEMO_TOKEN_SECRET });
  await seedDemoGroups();
  return true;
}

/** Each demo store's staff groups, its staff in the kitchen, and one order of the Mission St board on Sam and the kitchen. */
async function seedDemoGroups() {
  const db = getDb();
  for (const store of DEMO_STORES) {
    if ((await db.select({ id: stores.id }).from(stores).where(eq(stores.id, store.id))).length === 0) continue;
    const [kitchen] = await Promise.all(DEMO_GROUPS.map((name) => createGroup(store.id, name)));
    const staff = await db
      .select({ id: employees.id, name: employees.name })
      .from(employees)
      .innerJoin(employeeStores, eq(employeeStores.employeeId, employees.id))
      .where(and(eq(employeeStores.storeId, store.id), eq(employees.role, "staff")));
    for (const person of staff) await setGroupMember(store.id, kitchen!.id, person.id, true);
    const [order] = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.storeId, store.id), eq(orders.status, "accepted"))).orderBy(asc(orders.id)).limit(1);
    const sam = staff.find((person) => person.name === "Sam Rivera");
    if (order && sam) await changeDetails({ orderId: order.id, change: { assignee_id: sam.id, group_id: kitchen!.id }, actor: SYSTEM_ACTOR });
  }
}

/** Seeds the demo stores and orders once; a database that already has stores is left as it is. */
export async function seedDemo(now = Date.now()): Promise<boolean> {
  if ((await rowCount(stores)) > 0) return false;
  await getDb()
    .insert(stores)
    .values(DEMO_STORES.map((store) => ({ ...store, createdAt: now })));
  const random = seededRandom(20261124);
  for (const [storeIndex, store] of DEMO_STORES.entries()) {
    for (const [i, path] of DEMO_PATHS.entries()) {
      // A courier's order passes through picked_up; a handed-over one goes from ready to completed.
      const handover = FULFILLMENT_TYPES.filter((type) => !leavesWithCourier(type));
      const fulfillment = path.includes("picked_up")
        ? "delivery"
        : path.includes("completed")
          ? handover[(i + storeIndex) % handover.length]!
          : FULFILLMENT_TYPES[(i + storeIndex) % FULFILLMENT_TYPES.length]!;
      // The further an order got, the earlier it came in: new orders arrived a minute or two ago.
      const placedAt = new Date(now - (i + 1) * 150_000 - storeIndex * 30_000);
      const order = randomOrder(random, {
        storeId: store.id,
        placedAt,
        platform: MARKETPLACES[(i + storeIndex) % MARKETPLACES.length],
        fulfillment,
      });
      const { order: created } = await createOrder(order, SYSTEM_ACTOR);
      await walk(created.id, path, [10, 15, 20][i % 3]!);
    }
    for (const [i, { path, options, extra }] of DEMO_CASES.entries()) {
      const order = randomOrder(random, { storeId: store.id, placedAt: new Date(now - (i + 1) * 240_000 - storeIndex * 30_000), ...options });
      const { order: created } = await createOrder({ ...order, ...extra }, SYSTEM_ACTOR);
      await walk(created.id, path, 10);
    }
    // A returning customer with a note the board shows on their orders.
    const [first] = await getDb().select({ customerId: orders.customerId }).from(orders).where(eq(orders.storeId, store.id)).orderBy(asc(orders.id)).limit(1);
    if (first?.customerId) await setCustomerNotes(first.customerId, "Peanut allergy: no satay sauce");
    // One placed for later: it waits in the Scheduled lane and comes in, with the chime, when due.
    const later = randomOrder(random, { storeId: store.id, placedAt: new Date(now - 600_000), fulfillment: "pickup", platform: "uber_eats" });
    await createOrder({ ...later, scheduled_for: new Date(now + 90 * 60_000).toISOString() }, SYSTEM_ACTOR);
  }
  // Connected after the history is made, so the seeded past sends the platforms nothing.
  await connectDemoPlatforms(DEMO_STORES.map((store) => store.id));
  return (await rowCount(orders)) > 0;
}
