import { describe, expect, it } from "vitest";
import { giveUpAt, notificationFor, type NotifiedEvent, type NotifiedOrder } from "./platform-notification";

const order: NotifiedOrder = {
  id: 42,
  storeId: "mission",
  platform: "uber_eats",
  externalId: "ue-1",
  fulfillmentType: "delivery",
  placedAt: Date.UTC(2026, 10, 24, 18, 0, 0),
  readyBy: Date.UTC(2026, 10, 24, 18, 20, 0),
  prepMinutes: 20,
};
const event = (overrides: Partial<NotifiedEvent>): NotifiedEvent => ({ type: "advanced", toStatus: null, reasonCode: null, message: null, actorType: "employee", ...overrides });

describe("what a platform is told", () => {
  it("an acceptance carries the prep time as the seed's order_status success", () => {
    expect(notificationFor(event({ type: "accepted", toStatus: "accepted" }), order)).toEqual({
      type: "order.accepted",
      timeCritical: true,
      data: { order_id: "ue-1", merchant_supplied_id: "42", store_id: "mission", fulfillment_type: "delivery", order_status: "success", prep_time: "2026-11-24T18:20:00.000Z", prep_minutes: 20 },
    });
  });

  it("a denial and a store's cancellation carry the reason code and words", () => {
    expect(notificationFor(event({ type: "denied", reasonCode: "KITCHEN_BUSY" }), order)?.data).toMatchObject({ order_status: "fail", reason_code: "KITCHEN_BUSY", failure_reason: "Kitchen busy" });
    expect(notificationFor(event({ type: "cancelled", reasonCode: "OTHER", message: "Fryer down" }), order)).toMatchObject({
      type: "order.cancelled",
      timeCritical: false,
      data: { cancel_reason: "OTHER", cancel_details: "Fryer down" },
    });
  });

  it.each([
    ["ready", "order.ready"],
    ["picked_up", "order.picked_up"],
    ["bagging", null],
  ] as const)("moving to %s sends %s", (toStatus, type) => {
    expect(notificationFor(event({ toStatus }), order)?.type ?? null).toBe(type);
  });

  it("a pickup handed over at the counter is picked up; a delivery's completion is the platform's own news", () => {
    expect(notificationFor(event({ toStatus: "completed" }), { ...order, fulfillmentType: "pickup" })?.type).toBe("order.picked_up");
    expect(notificationFor(event({ toStatus: "completed" }), order)).toBeNull();
  });

  it("never echoes a change the platform made, and ignores what the platform does not need", () => {
    expect(notificationFor(event({ type: "cancelled", actorType: "platform", reasonCode: "CUSTOMER_REQUEST" }), order)).toBeNull();
    expect(notificationFor(event({ type: "item_packed" }), order)).toBeNull();
    expect(notificationFor(event({ type: "prep_time_changed" }), order)?.type).toBe("order.prep_time_changed");
  });

  it("retries an answer to the order until the platform's deadline, at least a minute; the rest for 30 minutes", () => {
    const now = order.placedAt + 60_000;
    expect(giveUpAt({ timeCritical: true }, order.placedAt + 690_000, now)).toBe(order.placedAt + 690_000);
    expect(giveUpAt({ timeCritical: true }, order.placedAt + 690_000, order.placedAt + 700_000)).toBe(order.placedAt + 760_000);
    expect(giveUpAt({ timeCritical: false }, order.placedAt + 690_000, now)).toBe(now + 30 * 60_000);
  });
});
