import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { makeStore, orderInput } from "@/test-support/orders";
import { getDb, insertRow } from "./client";
import { orderItems } from "./schema";

describe("the SQLite connection", () => {
  it("prepares each SQL text once, and a reused statement answers rows as objects even after a raw read", () => {
    const client = getDb().$client;
    const first = client.prepare("select 1 as one");
    expect(first.raw(true).get()).toEqual([1]);
    const again = client.prepare("select 1 as one");
    expect(again).toBe(first);
    expect(again.get()).toEqual({ one: 1 });
  });

  it("inserts rows through one statement per set of columns, leaving the others to their defaults, JSON included", () => {
    const { order } = createOrder(orderInput(makeStore()), SYSTEM_ACTOR);
    const modifiers = [{ name: "Onion", action: "remove" as const, quantity: 1, price_cents: 0 }];
    const full = insertRow(orderItems, { orderId: order.id, position: 9, name: "Fries", quantity: 2, unitPriceCents: 350, modifiers, specialInstructions: "Crispy" });
    const bare = insertRow(orderItems, { orderId: order.id, position: 10, name: "Cola", quantity: 1, unitPriceCents: 199, modifiers: [], specialInstructions: undefined });
    expect(full).toMatchObject({ name: "Fries", modifiers, specialInstructions: "Crispy", packedAt: null });
    expect(bare).toMatchObject({ name: "Cola", modifiers: [], specialInstructions: null });
    expect(bare.id).toBeGreaterThan(full.id);
  });
});
