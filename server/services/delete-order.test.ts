import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ZNewIssue } from "@/server/domain/order-issue";
import { makeStore, orderInput } from "@/test-support/orders";
import { collectPublished } from "@/test-support/published";
import { rejected } from "@/test-support/refusals";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { deleteOrder, orderDeletion } from "./delete-order";
import { getAnalytics } from "./get-analytics";
import { getBoard } from "./get-board";
import { readOrder } from "./get-order";
import { countIssues, listIssues, ZListIssues } from "./list-issues";
import { countOrders } from "./count-orders";
import { listOrders, ZListOrders } from "./list-orders";
import { reportIssue } from "./report-issue";

const admin = { type: "api" as const, id: "7", name: "Back office" };

describe("deleting an order", () => {
  it("takes it off the board, every list and count, the analytics and its issues, and tells the boards", async () => {
    const storeId = await makeStore();
    const kept = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
    const gone = (await createOrder(orderInput(storeId, { money: { subtotal_cents: 2300, tax_cents: 201, tip_cents: 300, fees_cents: 0, discount_cents: 0, total_cents: 2801 } }), SYSTEM_ACTOR)).order;
    await reportIssue({ orderId: gone.id, issue: ZNewIssue.parse({ type: "missing_items", description: "No fries" }), actor: SYSTEM_ACTOR });
    const published = collectPublished();

    const { order } = await deleteOrder({ orderId: gone.id, expectedVersion: gone.version, actor: admin });
    expect(order.deletedAt).toEqual(expect.any(Number));

    expect((await getBoard(storeId)).orders.map((o) => o.id)).toEqual([kept.id]);
    expect((await listOrders(ZListOrders.parse({ store_id: storeId }), null)).orders.map((o) => o.id)).toEqual([kept.id]);
    expect(await countOrders({ store_id: storeId }, null)).toMatchObject({ total: 1, active: 1 });
    expect((await getAnalytics(storeId, { range: "today" })).totals.orders).toBe(1);
    expect((await listIssues(ZListIssues.parse({ store_id: storeId }), null)).issues).toEqual([]);
    expect((await countIssues({ store_id: storeId }, null)).open).toBe(0);
    expect(await rejected(readOrder(gone.id))).toMatchObject({ code: "ORDER_NOT_FOUND" });

    await vi.waitFor(() => expect(published.seen.map((message) => message.event.type)).toContain("deleted"));
    published.stop();
    expect(published.seen.find((message) => message.event.type === "deleted")!.order).toMatchObject({ id: gone.id, deletedAt: expect.any(Number) });
  });

  it("keeps the order as it was and who deleted it, for the audit; a second delete finds nothing", async () => {
    const storeId = await makeStore();
    const { order } = await createOrder(orderInput(storeId, { customer: { first_name: "Kept", last_name: "For audit" } }), SYSTEM_ACTOR);
    await deleteOrder({ orderId: order.id, actor: admin });
    const deletion = await orderDeletion(order.id);
    expect(deletion).toMatchObject({ order: { id: order.id, customerFirstName: "Kept", status: "incoming" }, by: { type: "api", name: "Back office" } });
    expect(await rejected(deleteOrder({ orderId: order.id, actor: admin }))).toMatchObject({ code: "ORDER_NOT_FOUND" });
    expect(await rejected(orderDeletion((await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order.id))).toMatchObject({ code: "ORDER_NOT_FOUND" });
  });

  it("refuses a stale version, and never takes the same order in again", async () => {
    const storeId = await makeStore();
    const input = orderInput(storeId, { external_id: `ext-${randomUUID()}` });
    const { order } = await createOrder(input, SYSTEM_ACTOR);
    expect(await rejected(deleteOrder({ orderId: order.id, expectedVersion: 5, actor: admin }))).toMatchObject({ code: "VERSION_CONFLICT" });
    await deleteOrder({ orderId: order.id, actor: admin });
    expect(await rejected(createOrder(input, SYSTEM_ACTOR))).toMatchObject({ code: "ORDER_EXISTS", orderId: order.id });
  });
});
