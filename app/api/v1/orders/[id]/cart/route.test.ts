import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeToken } from "@/test-support/people";
import { GET as getItems } from "../items/route";
import { PATCH as patchItem } from "../items/[itemId]/route";
import { PATCH } from "./route";

const auth = { authorization: `Bearer ${makeToken(["orders:read", "orders:write"])}`, "content-type": "application/json" };
const patchCart = (id: number, body: unknown) =>
  PATCH(new Request(`http://x/api/v1/orders/${id}/cart`, { method: "PATCH", headers: auth, body: JSON.stringify(body) }), { params: Promise.resolve({ id: String(id) }) });

describe("PATCH /api/v1/orders/:id/cart", () => {
  it("applies every change in one request and answers with the recomputed order", async () => {
    const { order } = createOrder(orderInput(makeStore()), SYSTEM_ACTOR);
    const response = await patchCart(order.id, {
      version: 1,
      reason: { code: "customer_request" },
      changes: [
        { op: "quantity", item_id: order.items[0]!.id, quantity: 1 },
        { op: "add", item: { name: "Fries", quantity: 2, unit_price_cents: 450 } },
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.order).toMatchObject({ version: 2, money: { subtotal_cents: 1150 + 900 } });
    expect(body.order.items.map((i: { name: string; added_at: string | null }) => [i.name, i.added_at !== null])).toEqual([
      ["Burger", false],
      ["Fries", true],
    ]);
  });

  it("refuses the whole request when one part is invalid (422) or the version is stale (409), writing nothing", async () => {
    const { order } = createOrder(orderInput(makeStore()), SYSTEM_ACTOR);
    const before = writeCounts();
    const invalid = await patchCart(order.id, {
      version: 1,
      reason: { code: "out_of_stock" },
      changes: [
        { op: "add", item: { name: "Fries", quantity: 1, unit_price_cents: 450 } },
        { op: "remove", item_id: 999999 },
      ],
    });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.issues).toEqual([{ path: ["changes", 1, "item_id"], message: "Item 999999 is not on this order" }]);
    const stale = await patchCart(order.id, { version: 7, reason: { code: "out_of_stock" }, changes: [{ op: "remove", item_id: order.items[0]!.id }] });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({ code: "VERSION_CONFLICT", current: { id: order.id, version: 1 } });
    const noReason = await patchCart(order.id, { version: 1, reason: { code: "other" }, changes: [{ op: "remove", item_id: order.items[0]!.id }] });
    expect(noReason.status).toBe(400);
    expect(writeCounts()).toEqual(before);
  });

  it("edits one line's note through PATCH …/items/:itemId and lists lines through GET …/items", async () => {
    const { order } = createOrder(orderInput(makeStore()), SYSTEM_ACTOR);
    const itemId = order.items[0]!.id;
    const params = Promise.resolve({ id: String(order.id), itemId: String(itemId) });
    const patched = await patchItem(
      new Request("http://x/", { method: "PATCH", headers: auth, body: JSON.stringify({ version: 1, reason: { code: "customer_request" }, special_instructions: "No sauce" }) }),
      { params },
    );
    expect(patched.status).toBe(200);
    const listed = await (await getItems(new Request("http://x/", { headers: auth }), { params: Promise.resolve({ id: String(order.id) }) })).json();
    expect(listed.items[0]).toMatchObject({ id: itemId, special_instructions: "No sauce", removed_at: null });
    const missing = await patchItem(new Request("http://x/", { method: "PATCH", headers: auth, body: "{}" }), {
      params: Promise.resolve({ id: String(order.id), itemId: "777777" }),
    });
    expect(missing.status).toBe(404);
  });
});
