import { describe, expect, it } from "vitest";
import { FULFILLMENT_TYPES, leavesWithCourier, type FulfillmentType } from "./fulfillment";
import { TransitionRefused } from "./errors";
import {
  ORDER_STATUSES,
  courierMove,
  assertTransition,
  canCancel,
  isRecall,
  nextMoves,
  recallTarget,
  refusalOf,
  type OrderStatus,
} from "./order-status";

/** The whole table of docs/domain.md, written out independently of the implementation. */
function expectedAllowed(from: OrderStatus, fulfillment: FulfillmentType): OrderStatus[] {
  const courier = leavesWithCourier(fulfillment);
  switch (from) {
    case "scheduled":
      return ["incoming", "cancelled"];
    case "incoming":
      return ["accepted", "denied", "cancelled"];
    case "accepted":
      return ["bagging", "ready", "cancelled"];
    case "bagging":
      return ["ready", "cancelled", "accepted"];
    case "ready":
      return [courier ? "picked_up" : "completed", "cancelled", "bagging"];
    case "picked_up":
      return ["completed", "ready"];
    default:
      return [];
  }
}

describe("order transitions", () => {
  for (const fulfillment of FULFILLMENT_TYPES) {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        const allowed = expectedAllowed(from, fulfillment).includes(to);
        it(`${fulfillment}: ${from} -> ${to} is ${allowed ? "allowed" : "refused"}`, () => {
          expect(refusalOf(from, to, fulfillment) === null).toBe(allowed);
          if (allowed) expect(() => assertTransition(from, to, fulfillment)).not.toThrow();
          else expect(() => assertTransition(from, to, fulfillment)).toThrow(TransitionRefused);
        });
      }
    }
  }

  it("refuses with a message a person can read", () => {
    expect(refusalOf("completed", "ready", "pickup")).toBe("The order is already completed");
    expect(refusalOf("incoming", "ready", "pickup")).toBe("An order cannot go from Incoming to Ready");
    expect(refusalOf("ready", "picked_up", "pickup")).toMatch(/mark this one completed/);
    expect(refusalOf("ready", "completed", "delivery")).toMatch(/picked up by the courier/);
  });

  it("recalls exactly one step back from bagging, ready and picked up", () => {
    expect(ORDER_STATUSES.map((status) => recallTarget(status))).toEqual([
      undefined,
      undefined,
      undefined,
      "accepted",
      "bagging",
      "ready",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(isRecall("ready", "bagging")).toBe(true);
    expect(isRecall("ready", "accepted")).toBe(false);
  });

  it("offers the forward moves a tablet shows as buttons", () => {
    expect(nextMoves("incoming", "pickup")).toEqual([]);
    expect(nextMoves("accepted", "pickup")).toEqual(["bagging", "ready"]);
    expect(nextMoves("bagging", "delivery")).toEqual(["ready"]);
    expect(nextMoves("ready", "delivery")).toEqual(["picked_up"]);
    expect(nextMoves("ready", "merchant_delivery")).toEqual(["picked_up"]);
    expect(nextMoves("ready", "curbside")).toEqual(["completed"]);
    expect(nextMoves("picked_up", "delivery")).toEqual(["completed"]);
    expect(nextMoves("completed", "delivery")).toEqual([]);
  });

  it("allows cancelling only before the order leaves the store", () => {
    expect(ORDER_STATUSES.filter(canCancel)).toEqual(["scheduled", "incoming", "accepted", "bagging", "ready"]);
  });
});

describe("a courier's news", () => {
  it.each([
    ["ready", "out_for_delivery", "delivery", "picked_up"],
    ["ready", "dropoff", "delivery", "completed"],
    ["picked_up", "dropoff", "merchant_delivery", "completed"],
    ["accepted", "out_for_delivery", "delivery", null],
    ["bagging", "arrived_at_store", "delivery", null],
    ["ready", "out_for_delivery", "pickup", null],
    ["cancelled", "dropoff", "delivery", null],
  ] as const)("from %s, %s on a %s order moves it to %s", (from, courier, fulfillment, to) => {
    expect(courierMove(from, courier, fulfillment)).toBe(to);
  });
});
