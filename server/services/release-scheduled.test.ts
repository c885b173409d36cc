import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { stores } from "@/db/schema";
import { eventsOf } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { collectPublished } from "@/test-support/published";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { getOrder } from "./get-order";
import { listOrders, ZListOrders } from "./list-orders";
import { releaseDueOrders } from "./release-scheduled";

const MIN = 60_000;

describe("scheduled orders", () => {
  it("wait as scheduled until due (the customer's time minus the store's prep and buffer), then come in at that minute with a `due` event", async () => {
    const storeId = await makeStore("America/Los_Angeles");
    await getDb().update(stores).set({ schedulePrepMinutes: 25, scheduleBufferMinutes: 10 }).where(eq(stores.id, storeId));
    // Across the spring-forward of 14 March 2027 in Los Angeles: 03:10 PDT less 35 minutes is 01:35 PST.
    const { order } = await createOrder(orderInput(storeId, { scheduled_for: "2027-03-14T03:10:00-07:00" }), SYSTEM_ACTOR);
    const due = Date.parse("2027-03-14T09:35:00Z");
    expect(order).toMatchObject({ status: "scheduled", scheduledFor: Date.parse("2027-03-14T10:10:00Z"), dueAt: due, readyBy: Date.parse("2027-03-14T10:10:00Z") });

    const incoming = async () => (await listOrders(ZListOrders.parse({ store_id: storeId, status: "incoming" }), null)).orders.map((o) => o.id);
    expect(await incoming()).toEqual([]);
    expect(await releaseDueOrders(due - MIN)).toEqual([]);
    expect((await getOrder(order.id)).status).toBe("scheduled");

    const published = collectPublished();
    expect(await releaseDueOrders(due)).toEqual([order.id]);
    // The order's `created` event may still be on its way to the boards (PostgreSQL's NOTIFY): only `due` matters here.
    const told = () => published.seen.filter((message) => message.event.type !== "created");
    await vi.waitFor(() => expect(told()).toHaveLength(1));
    published.stop();
    expect(told()[0]?.event).toMatchObject({ type: "due", fromStatus: "scheduled", toStatus: "incoming", actorType: "system" });
    expect(await incoming()).toEqual([order.id]);
    expect((await eventsOf(order.id)).map((event) => event.type)).toEqual(["created", "due"]);
    expect(await releaseDueOrders(due + MIN)).toEqual([]);
  });

  it("takes an order whose time is too close to wait as an order for now, and filters by scheduled", async () => {
    const storeId = await makeStore();
    const soon = new Date(Date.now() + 10 * MIN).toISOString();
    const { order: now } = await createOrder(orderInput(storeId, { scheduled_for: soon }), SYSTEM_ACTOR);
    expect(now).toMatchObject({ status: "incoming", dueAt: null, scheduledFor: Date.parse(soon) });
    const { order: later } = await createOrder(orderInput(storeId, { scheduled_for: new Date(Date.now() + 120 * MIN).toISOString() }), SYSTEM_ACTOR);
    const { order: plain } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const ids = async (scheduled: string) => (await listOrders(ZListOrders.parse({ store_id: storeId, scheduled }), null)).orders.map((o) => o.id).sort();
    expect(await ids("true")).toEqual([now.id, later.id].sort());
    expect(await ids("false")).toEqual([plain.id]);
  });
});
