import { describe, expect, it } from "vitest";
import { handoverRefusal } from "./handover";
import { notificationFor } from "./platform-notification";

describe("failed handovers", () => {
  it.each([
    ["not_picked_up", "ready", "pickup", null],
    ["not_picked_up", "ready", "curbside", null],
    ["not_picked_up", "bagging", "pickup", "Only a ready order can be left uncollected; this one is bagging"],
    ["not_picked_up", "ready", "delivery", "A courier's order is not picked up by the customer: report the pickup as failed"],
    ["pickup_failed", "ready", "delivery", null],
    ["pickup_failed", "accepted", "merchant_delivery", null],
    ["pickup_failed", "picked_up", "delivery", "The courier cannot fail to pick up an order that is picked up"],
    ["pickup_failed", "ready", "pickup", "Only a courier picks this order up: a customer who never came is not picked up"],
    ["delivery_failed", "picked_up", "delivery", null],
    ["delivery_failed", "ready", "delivery", "Only an order the courier has picked up can fail to be delivered"],
    ["delivery_failed", "ready", "dine_in", "Only a courier's order is delivered"],
  ] as const)("%s from %s (%s): %s", (outcome, status, fulfillment, refusal) => {
    expect(handoverRefusal(outcome, status, fulfillment)).toBe(refusal);
  });

  it("tells the platform how and why, unless the platform said so itself", () => {
    const order = { id: 7, storeId: "mission", platform: "doordash" as const, externalId: "dd-1", fulfillmentType: "delivery" as const, placedAt: 0, readyBy: null, prepMinutes: null };
    const event = { type: "handover_failed", toStatus: "failed" as const, reasonCode: null, message: "Nobody at the address", actorType: "employee", data: { outcome: "delivery_failed" } };
    expect(notificationFor(event, order)).toEqual({
      type: "order.handover_failed",
      data: { order_id: "dd-1", merchant_supplied_id: "7", store_id: "mission", fulfillment_type: "delivery", outcome: "delivery_failed", reason: "Nobody at the address" },
      timeCritical: false,
    });
    expect(notificationFor({ ...event, actorType: "platform" }, order)).toBeNull();
  });
});
