import { describe, expect, it } from "vitest";
import { ZNewIssue } from "@/server/domain/order-issue";
import { acceptOrder } from "@/server/services/accept-order";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { changeCart } from "@/server/services/change-cart";
import { createOrder } from "@/server/services/create-order";
import { reportIssue } from "@/server/services/report-issue";
import { makeStore, orderInput } from "@/test-support/orders";
import { toApiIssue } from "./api-issue";
import { toApiOrder } from "./api-order";
import { ZApiIssue, ZApiOrder } from "./api-schemas";

describe("the API's answers match the schemas the reference publishes", () => {
  it("an order through its life: new, accepted, with a removed and an added line and a change note", async () => {
    const { order } = await createOrder(orderInput(await makeStore(), { estimated_pickup_at: "2026-11-24T18:30:00Z" }), SYSTEM_ACTOR);
    expect(ZApiOrder.parse(toApiOrder(order))).toEqual(toApiOrder(order));
    await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR });
    const { order: changed } = await changeCart({
      orderId: order.id,
      changes: [
        { op: "remove", item_id: order.items[0]!.id },
        { op: "add", item: { name: "Fries", quantity: 1, unit_price_cents: 400, modifiers: [] } },
      ],
      reason: { code: "out_of_stock", message: "" },
      actor: SYSTEM_ACTOR,
    });
    const api = toApiOrder(changed);
    expect(ZApiOrder.parse(api)).toEqual(api);
    expect(api.unacknowledged_changes).toHaveLength(1);
    expect(api.items.map((item) => item.removed_at === null)).toEqual([false, true]);
  });

  it("an issue", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const { issue } = await reportIssue({ orderId: order.id, issue: ZNewIssue.parse({ type: "missing_items", description: "No fries", refund_cents: 400 }), actor: SYSTEM_ACTOR });
    const api = toApiIssue(issue!, order);
    expect(ZApiIssue.parse(api)).toEqual(api);
  });
});
