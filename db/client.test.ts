import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { makeStore, orderInput } from "@/test-support/orders";
import { getDb, insertRow, insertRows, transaction } from "./client";
import { orderItems, stores } from "./schema";

const storeNamed = async (id: string) => (await getDb().select().from(stores).where(eq(stores.id, id)))[0];

describe("the data layer", () => {
  it("inserts rows with only the columns given, leaving the others to their defaults, JSON included", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const modifiers = [{ name: "Onion", action: "remove" as const, quantity: 1, price_cents: 0 }];
    const full = await insertRow(orderItems, { orderId: order.id, position: 9, name: "Fries", quantity: 2, unitPriceCents: 350, modifiers, specialInstructions: "Crispy" });
    const bare = await insertRow(orderItems, { orderId: order.id, position: 10, name: "Cola", quantity: 1, unitPriceCents: 199, modifiers: [], specialInstructions: undefined });
    expect(full).toMatchObject({ name: "Fries", modifiers, specialInstructions: "Crispy", packedAt: null });
    expect(bare).toMatchObject({ name: "Cola", modifiers: [], specialInstructions: null });
    expect(bare.id).toBeGreaterThan(full.id);
  });

  it("inserts many rows in the order given, answering each as stored, whether they give the same columns or not", async () => {
    const { order } = await createOrder(orderInput(await makeStore()), SYSTEM_ACTOR);
    const line = (position: number, specialInstructions?: string) => ({ orderId: order.id, position, name: `Dish ${position}`, quantity: 1, unitPriceCents: 100 * position, modifiers: [], specialInstructions });
    const alike = await insertRows(orderItems, [line(12), line(11), line(13)]);
    expect(alike.map((row) => [row.position, row.unitPriceCents, row.specialInstructions])).toEqual([[12, 1200, null], [11, 1100, null], [13, 1300, null]]);
    const mixed = await insertRows(orderItems, [line(21, "Hot"), line(20)]);
    expect(mixed.map((row) => [row.position, row.specialInstructions])).toEqual([[21, "Hot"], [20, null]]);
    const stored = await getDb().select().from(orderItems).where(eq(orderItems.orderId, order.id));
    expect(stored.filter((row) => row.position >= 11).map((row) => row.id).sort((a, b) => a - b)).toEqual([...alike, ...mixed].map((row) => row.id));
  });

  it("never shows a query outside a transaction what the transaction has not committed, and a rollback leaves nothing", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const written = new Promise<void>((resolve) => (inserted = resolve));
    const failing = transaction(
      async (tx) => {
        await tx.insert(stores).values({ id: "uncommitted", name: "Uncommitted", timezone: "UTC", createdAt: Date.now() });
        inserted();
        await held;
        throw new Error("rolled back");
      },
      { write: true },
    );
    await written;
    const outside = storeNamed("uncommitted");
    release();
    await expect(failing).rejects.toThrow("rolled back");
    expect(await outside).toBeUndefined();
    expect(await storeNamed("uncommitted")).toBeUndefined();
  });

  it("runs writing transactions one at a time, each seeing the one before it committed", async () => {
    const storeId = await makeStore();
    const bump = () =>
      transaction(
        async (tx) => {
          const [store] = await tx.select().from(stores).where(eq(stores.id, storeId));
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.update(stores).set({ name: `${Number(store!.name.split(" ").at(-1)) + 1}` }).where(eq(stores.id, storeId));
        },
        { write: true },
      );
    await getDb().update(stores).set({ name: "0" }).where(eq(stores.id, storeId));
    await Promise.all(Array.from({ length: 20 }, bump));
    expect((await storeNamed(storeId))?.name).toBe("20");
  });
});
