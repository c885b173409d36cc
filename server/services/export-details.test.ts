import { describe, expect, it } from "vitest";
import { ZNewIssue } from "@/server/domain/order-issue";
import { makeStore, orderInput } from "@/test-support/orders";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { ordersWithIssues } from "./export-details";
import { reportIssue } from "./report-issue";

describe("which orders have an issue", () => {
  it("names the orders with a reported issue, and only those of the stores asked about", async () => {
    const [here, elsewhere] = [await makeStore(), await makeStore()];
    const make = async (storeId: string) => (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order.id;
    const [reported, quiet, otherStore] = [await make(here), await make(here), await make(elsewhere)];
    for (const orderId of [reported, reported, otherStore]) await reportIssue({ orderId, issue: ZNewIssue.parse({ type: "missing_items", description: "No fries" }), actor: SYSTEM_ACTOR });

    expect(await ordersWithIssues([reported, quiet, otherStore], [here])).toEqual(new Set([reported]));
    expect(await ordersWithIssues([reported, quiet, otherStore], null)).toEqual(new Set([reported, otherStore]));
    expect(await ordersWithIssues([reported], [])).toEqual(new Set());
    expect(await ordersWithIssues([], null)).toEqual(new Set());
  });
});
