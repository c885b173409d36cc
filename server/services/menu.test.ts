import { describe, expect, it } from "vitest";
import { Duplicate, InvalidRequest, NotFound } from "@/server/domain/errors";
import { ZMenuItemInput } from "@/server/domain/menu";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeToken } from "@/test-support/people";
import { rest } from "@/test-support/rest";
import { SYSTEM_ACTOR } from "./actor";
import { createOrder } from "./create-order";
import { addMenuItem, listMenu, updateMenuItem } from "./menu";

const line = (name: string, unit_price_cents: number, external_id?: string) => ({ name, quantity: 1, unit_price_cents, external_id, modifiers: [] });
const money = (subtotal: number) => ({ subtotal_cents: subtotal, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: subtotal });
const dishes = async (storeId: string) => (await listMenu(storeId)).map((item) => [item.name, item.priceCents, item.platformIds]);

describe("the menu a store's orders teach it", () => {
  it("adds each dish once, whatever its case and spacing, at the price it first sold for, keeping every platform's id", async () => {
    const storeId = await makeStore();
    await createOrder(orderInput(storeId, { items: [line("Cheeseburger", 950, "dd-burger"), line("Fries", 400)], money: money(1350) }), SYSTEM_ACTOR);
    await createOrder(orderInput(storeId, { platform: "uber_eats", items: [line("  cheeseburger ", 999, "ue-burger"), line("Shake", 550, "ue-shake")], money: money(1549) }), SYSTEM_ACTOR);
    expect(await dishes(storeId)).toEqual([
      ["Cheeseburger", 950, { doordash: "dd-burger", uber_eats: "ue-burger" }],
      ["Fries", 400, {}],
      ["Shake", 550, { uber_eats: "ue-shake" }],
    ]);
  });

  it("never overwrites what a manager set", async () => {
    const storeId = await makeStore();
    await createOrder(orderInput(storeId, { items: [line("Fries", 400)], money: money(400) }), SYSTEM_ACTOR);
    const [fries] = await listMenu(storeId);
    await updateMenuItem(storeId, fries!.id, { price_cents: 450, category: "Sides" });
    await createOrder(orderInput(storeId, { items: [line("FRIES", 380, "dd-fries")], money: money(380) }), SYSTEM_ACTOR);
    expect(await listMenu(storeId)).toEqual([expect.objectContaining({ name: "Fries", priceCents: 450, category: "Sides", platformIds: { doordash: "dd-fries" } })]);
  });

  it("is the store's own: another store's orders teach it nothing", async () => {
    const storeId = await makeStore();
    await createOrder(orderInput(await makeStore(), { items: [line("Falafel", 800)], money: money(800) }), SYSTEM_ACTOR);
    expect(await listMenu(storeId)).toEqual([]);
  });
});

describe("a manager's changes", () => {
  it("refuse a second dish of the same name, a change of nothing, and a dish of another store", async () => {
    const storeId = await makeStore();
    const soup = await addMenuItem(storeId, ZMenuItemInput.parse({ name: "Soup", price_cents: 600 }));
    await expect(addMenuItem(storeId, ZMenuItemInput.parse({ name: "SOUP", price_cents: 650 }))).rejects.toBeInstanceOf(Duplicate);
    const salad = await addMenuItem(storeId, ZMenuItemInput.parse({ name: "Salad", price_cents: 700 }));
    await expect(updateMenuItem(storeId, salad.id, { name: "soup" })).rejects.toBeInstanceOf(Duplicate);
    await expect(updateMenuItem(storeId, soup.id, {})).rejects.toBeInstanceOf(InvalidRequest);
    await expect(updateMenuItem(await makeStore(), soup.id, { price_cents: 1 })).rejects.toBeInstanceOf(NotFound);
    expect(await updateMenuItem(storeId, soup.id, { name: "Soup of the day" })).toMatchObject({ name: "Soup of the day", priceCents: 600 });
  });
});

describe("GET/POST/PATCH /api/v1/stores/{id}/items", () => {
  it("lists, adds and corrects dishes, answering each as the reference says", async () => {
    const storeId = await makeStore();
    const token = await makeToken(["stores:read", "stores:write"], storeId);
    const added = await rest("POST", `/api/v1/stores/${storeId}/items`, { token, body: { name: "Pad Thai", category: "Noodles", price_cents: 1350, platform_ids: { grubhub: "gh-pad-thai" } } });
    expect(added.status).toBe(201);
    const { item } = await added.json();
    expect(item).toEqual({
      id: expect.any(Number),
      store_id: storeId,
      name: "Pad Thai",
      category: "Noodles",
      price_cents: 1350,
      platform_ids: { grubhub: "gh-pad-thai" },
      available: true,
      unavailable_until: null,
      stock: null,
      updated_at: expect.stringMatching(/Z$/),
    });
    const changed = await rest("PATCH", `/api/v1/stores/${storeId}/items/${item.id}`, { token, body: { price_cents: 1400 } });
    expect((await changed.json()).item).toMatchObject({ name: "Pad Thai", category: "Noodles", price_cents: 1400 });
    expect((await (await rest("GET", `/api/v1/stores/${storeId}/items`, { token })).json()).items).toEqual([expect.objectContaining({ id: item.id, price_cents: 1400 })]);
  });

  it("refuses bad input with the status that says why, and writes nothing", async () => {
    const storeId = await makeStore();
    const token = await makeToken(["stores:read", "stores:write"], storeId);
    const post = (body: unknown) => rest("POST", `/api/v1/stores/${storeId}/items`, { token, body });
    expect((await post({ name: "Tea", price_cents: 300 })).status).toBe(201);
    expect((await post({ name: "tea", price_cents: 300 })).status).toBe(409);
    expect((await post({ name: "", price_cents: 300 })).status).toBe(400);
    expect((await post({ name: "Cake", price_cents: -5 })).status).toBe(400);
    expect((await post({ name: "Cake", price_cents: 500, platform_ids: { myspace: "x" } })).status).toBe(400);
    const [tea] = await listMenu(storeId);
    expect((await rest("PATCH", `/api/v1/stores/${storeId}/items/${tea!.id}`, { token, body: {} })).status).toBe(422);
    expect((await rest("PATCH", `/api/v1/stores/${storeId}/items/999999`, { token, body: { price_cents: 1 } })).status).toBe(404);
    expect(await dishes(storeId)).toEqual([["Tea", 300, {}]]);
  });

  it("answers a token of another store, or one without the ability, with a refusal", async () => {
    const storeId = await makeStore();
    const elsewhere = await makeToken(["stores:read", "stores:write"], await makeStore());
    const readOnly = await makeToken(["stores:read"], storeId);
    expect((await rest("GET", `/api/v1/stores/${storeId}/items`, { token: elsewhere })).status).toBe(403);
    expect((await rest("POST", `/api/v1/stores/${storeId}/items`, { token: elsewhere, body: { name: "Pie", price_cents: 500 } })).status).toBe(403);
    expect((await rest("POST", `/api/v1/stores/${storeId}/items`, { token: readOnly, body: { name: "Pie", price_cents: 500 } })).status).toBe(403);
    expect(await listMenu(storeId)).toEqual([]);
  });
});
