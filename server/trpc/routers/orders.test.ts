import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { callerWith, makeEmployee, signInAs } from "@/test-support/people";
import { rejected } from "@/test-support/refusals";

const storeId = await makeStore();
const staff = await makeEmployee("staff", [storeId], "Sam Staff");
const { token } = await signInAs(staff.id);
const { caller } = callerWith(token);


describe("orders procedures", () => {
  it("maps a stale version to CONFLICT carrying the fresh order", async () => {
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await caller.orders.accept({ id: order.id, version: 1, prep_minutes: 10 });
    const error = (await rejected(caller.orders.deny({ id: order.id, version: 1, reason: { code: "KITCHEN_BUSY" } }))) as TRPCError;
    expect(error.code).toBe("CONFLICT");
    expect(error.cause).toMatchObject({ code: "VERSION_CONFLICT", current: { status: "accepted", version: 2 } });
  });

  it("maps a refused move to CONFLICT and an unknown order to NOT_FOUND", async () => {
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    expect(((await rejected(caller.orders.status({ id: order.id, version: 1, status: "ready" }))) as TRPCError).code).toBe("CONFLICT");
    expect(((await rejected(caller.orders.detail({ id: 99999999 }))) as TRPCError).code).toBe("NOT_FOUND");
  });

  it("refuses a cancel with OTHER and no message as bad input, writing nothing", async () => {
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const before = await writeCounts();
    const error = (await rejected(caller.orders.cancel({ id: order.id, version: 1, reason: { code: "OTHER", message: " " } }))) as TRPCError;
    expect(error.code).toBe("BAD_REQUEST");
    expect(await writeCounts()).toEqual(before);
  });

  it("maps money that does not add up to UNPROCESSABLE_CONTENT", async () => {
    const input = orderInput(storeId, { money: { subtotal_cents: 1, total_cents: 1 } });
    expect(((await rejected(caller.orders.create(input))) as TRPCError).code).toBe("UNPROCESSABLE_CONTENT");
  });

  it("returns an order with its timeline", async () => {
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    await caller.orders.accept({ id: order.id, version: 1, prep_minutes: 20 });
    const detail = await caller.orders.detail({ id: order.id });
    expect(detail.events.map((e) => e.type)).toEqual(["created", "accepted"]);
    expect(detail.events.map((e) => [e.actorType, e.actorName])).toEqual([
      ["system", "Orderboard"],
      ["employee", "Sam Staff"],
    ]);
    expect(detail.items).toHaveLength(1);
  });
});
