import { describe, expect, it } from "vitest";
import { InvalidRequest, NotFound } from "@/server/domain/errors";
import { ZMenuItemInput } from "@/server/domain/menu";
import { collectPublished } from "@/test-support/published";
import { makeStore } from "@/test-support/orders";
import { makeToken } from "@/test-support/people";
import { rest } from "@/test-support/rest";
import { SYSTEM_ACTOR, type Actor } from "./actor";
import { eventsSince } from "./events-since";
import { getBoard } from "./get-board";
import { addMenuItem, listMenu } from "./menu";
import { setAutoAccept } from "./auto-accept";
import { followKitchens, setBusyAuto } from "./kitchen-busy";
import { changeAvailability, expireControls, readAvailability, readControls, setBusy, setItemAvailability, setOpeningHours, setPause } from "./store-controls";
import { acceptOrder } from "./accept-order";
import { cancelOrder } from "./close-order";
import { createOrder } from "./create-order";
import { orderInput as anOrder } from "@/test-support/orders";

const readPause = async (storeId: string, now?: number) => (await readAvailability(storeId, now)).pause;

const sam: Actor = { type: "employee", id: "7", name: "Sam" };
const MINUTE = 60_000;
/** 26 November 2026, 13:00 in New York. */
const NOON_ISH = Date.parse("2026-11-26T18:00:00Z");
const dish = (storeId: string, name: string) => addMenuItem(storeId, ZMenuItemInput.parse({ name, price_cents: 500 }));

describe("86'ing an item", () => {
  it("takes it off until the end of the store's day, shows it on every board at once, and brings it back by itself then", async () => {
    const storeId = await makeStore("America/New_York");
    const fries = await dish(storeId, "Fries");
    const published = collectPublished();
    try {
      const out = await setItemAvailability(storeId, fries.id, { available: false, until: "end_of_day" }, sam, NOON_ISH);
      const midnight = Date.parse("2026-11-27T05:00:00Z");
      expect(out).toMatchObject({ available: false, unavailableUntil: midnight });
      await expect.poll(() => published.storeSeen.length).toBe(1);
      expect(published.storeSeen[0]).toMatchObject({
        event: { type: "item_availability", orderId: null, storeId, actorName: "Sam", data: { itemId: fries.id, available: false, until: midnight } },
        controls: { pause: null, busy: null, unavailable: [{ id: fries.id, name: "Fries", key: "fries", until: midnight }] },
      });

      // A minute before midnight it is still out; at midnight the clock puts it back, told as the system's doing.
      expect(await expireControls(midnight - MINUTE)).toEqual([]);
      expect((await readControls(storeId, midnight - MINUTE)).unavailable).toHaveLength(1);
      expect(await expireControls(midnight)).toEqual([`${storeId}: Fries back on`]);
      await expect.poll(() => published.storeSeen.length).toBe(2);
      expect(published.storeSeen[1]).toMatchObject({ event: { type: "item_availability", actorType: "system", data: { available: true, until: null } }, controls: { unavailable: [] } });
      // Nothing left to do: a second sweep (another instance) changes nothing.
      expect(await expireControls(midnight)).toEqual([]);
    } finally {
      published.stop();
    }
  });

  it("until turned back on stays out however long; setting what is set writes no event; another store's item is not found", async () => {
    const storeId = await makeStore();
    const shake = await dish(storeId, "Shake");
    await setItemAvailability(storeId, shake.id, { available: false }, sam, NOON_ISH);
    const { lastEventId } = await getBoard(storeId);
    await setItemAvailability(storeId, shake.id, { available: false }, sam, NOON_ISH + MINUTE);
    expect(await eventsSince(storeId, lastEventId)).toEqual([]);
    expect(await expireControls(NOON_ISH + 30 * 24 * 60 * MINUTE)).not.toContain(`${storeId}: Shake back on`);
    expect((await readControls(storeId, NOON_ISH + 30 * 24 * 60 * MINUTE)).unavailable.map((item) => item.name)).toEqual(["Shake"]);
    await expect(setItemAvailability(await makeStore(), shake.id, { available: false }, sam)).rejects.toBeInstanceOf(NotFound);
    await expect(setItemAvailability(storeId, shake.id, { available: false, until: "2020-01-01T00:00:00Z" }, sam)).rejects.toBeInstanceOf(InvalidRequest);
  });
});

describe("pausing a store", () => {
  it("pauses for a while on the platforms named, shows on the board, and resumes by itself at its time", async () => {
    const storeId = await makeStore();
    const pause = await setPause(storeId, { paused: true, platforms: ["doordash", "uber_eats"], reason: "Oven down", minutes: 15 }, sam, NOON_ISH);
    expect(pause).toEqual({ platforms: ["doordash", "uber_eats"], reason: "Oven down", until: NOON_ISH + 15 * MINUTE });
    expect(await readPause(storeId, NOON_ISH + 14 * MINUTE)).toEqual(pause);
    expect((await readControls(storeId, NOON_ISH)).pause).toEqual(pause);

    const { lastEventId } = await getBoard(storeId);
    expect(await expireControls(NOON_ISH + 15 * MINUTE)).toEqual([`${storeId}: resumed`]);
    expect(await readPause(storeId, NOON_ISH + 15 * MINUTE)).toBeNull();
    // A board that was away hears the resume on its return, with the controls as they stand.
    expect(await eventsSince(storeId, lastEventId)).toEqual([
      expect.objectContaining({ event: expect.objectContaining({ type: "store_resumed", actorType: "system", orderId: null }), controls: expect.objectContaining({ pause: null, unavailable: [] }) }),
    ]);
  });

  it("until resumed stays paused; resuming a store that is not paused writes nothing", async () => {
    const storeId = await makeStore();
    await setPause(storeId, { paused: true }, sam, NOON_ISH);
    expect(await readPause(storeId, NOON_ISH + 365 * 24 * 60 * MINUTE)).toEqual({ platforms: null, reason: null, until: null });
    expect(await setPause(storeId, { paused: false }, sam, NOON_ISH + MINUTE)).toBeNull();
    const { lastEventId } = await getBoard(storeId);
    expect(await setPause(storeId, { paused: false }, sam, NOON_ISH + 2 * MINUTE)).toBeNull();
    expect(await eventsSince(storeId, lastEventId)).toEqual([]);
  });
});

describe("GET/PUT /api/v1/stores/{id}/availability and POST /api/v1/stores/{id}/items/{itemId}/availability", () => {
  it("pause, resume and 86 over REST, answering as the reference says", async () => {
    const storeId = await makeStore();
    const token = await makeToken(["stores:read", "stores:write"], storeId);
    const put = await rest("PUT", `/api/v1/stores/${storeId}/availability`, { token, body: { paused: true, platforms: ["grubhub"], reason: "Short-staffed", minutes: 30 } });
    expect(put.status).toBe(200);
    const paused = await put.json();
    expect(paused).toEqual({ paused: true, platforms: ["grubhub"], reason: "Short-staffed", until: expect.stringMatching(/Z$/), busy_minutes: 0, busy_until: null });
    expect(Date.parse(paused.until) - Date.now()).toBeGreaterThan(29 * MINUTE);
    expect(await (await rest("GET", `/api/v1/stores/${storeId}/availability`, { token })).json()).toEqual(paused);
    expect(await (await rest("PUT", `/api/v1/stores/${storeId}/availability`, { token, body: { paused: false } })).json()).toEqual({ paused: false, platforms: null, reason: null, until: null, busy_minutes: 0, busy_until: null });

    const soup = await dish(storeId, "Soup");
    const out = await rest("POST", `/api/v1/stores/${storeId}/items/${soup.id}/availability`, { token, body: { available: false, until: "end_of_day" } });
    expect(out.status).toBe(200);
    expect((await out.json()).item).toMatchObject({ id: soup.id, available: false, unavailable_until: expect.stringMatching(/Z$/) });
    const back = await rest("POST", `/api/v1/stores/${storeId}/items/${soup.id}/availability`, { token, body: { available: true } });
    expect((await back.json()).item).toMatchObject({ available: true, unavailable_until: null });
  });

  it("refuses bad input with the status that says why, and changes nothing", async () => {
    const storeId = await makeStore();
    const token = await makeToken(["stores:read", "stores:write"], storeId);
    const put = (body: unknown) => rest("PUT", `/api/v1/stores/${storeId}/availability`, { token, body });
    expect((await put({})).status).toBe(422);
    expect((await put({ paused: "yes" })).status).toBe(400);
    expect((await put({ paused: true, platforms: ["myspace"] })).status).toBe(400);
    expect((await put({ paused: true, minutes: 0 })).status).toBe(400);
    expect((await put({ paused: true, until: "tomorrow-ish" })).status).toBe(400);
    expect((await put({ paused: true, minutes: 10, until: "end_of_day" })).status).toBe(422);
    expect((await put({ paused: true, until: "2020-01-01T00:00:00Z" })).status).toBe(422);
    expect(await readPause(storeId)).toBeNull();

    const tea = await dish(storeId, "Tea");
    const post = (itemId: number, body: unknown) => rest("POST", `/api/v1/stores/${storeId}/items/${itemId}/availability`, { token, body });
    expect((await post(tea.id, { available: "no" })).status).toBe(400);
    expect((await post(tea.id, { available: false, until: "2020-01-01T00:00:00Z" })).status).toBe(422);
    expect((await post(999_999, { available: false })).status).toBe(404);
    expect((await readControls(storeId, Date.now())).unavailable).toEqual([]);
  });

  it("answers a token of another store, or one that may only read, with 403, and nothing is paused or 86'd", async () => {
    const storeId = await makeStore();
    const tea = await dish(storeId, "Tea");
    const elsewhere = await makeToken(["stores:read", "stores:write"], await makeStore());
    const readOnly = await makeToken(["stores:read"], storeId);
    const ordersOnly = await makeToken(["orders:read", "orders:write"], storeId);
    for (const token of [elsewhere, readOnly, ordersOnly]) {
      expect((await rest("PUT", `/api/v1/stores/${storeId}/availability`, { token, body: { paused: true } })).status).toBe(403);
      expect((await rest("POST", `/api/v1/stores/${storeId}/items/${tea.id}/availability`, { token, body: { available: false } })).status).toBe(403);
    }
    expect((await rest("GET", `/api/v1/stores/${storeId}/availability`, { token: elsewhere })).status).toBe(403);
    expect((await rest("GET", `/api/v1/stores/${storeId}/availability`, { token: ordersOnly })).status).toBe(403);
    expect((await rest("GET", `/api/v1/stores/${storeId}/availability`)).status).toBe(401);
    expect(await readPause(storeId)).toBeNull();
    expect((await readControls(storeId, Date.now())).unavailable).toEqual([]);
  });
});

describe("busy mode", () => {
  it("puts extra minutes on every quote for a while, tells the boards, and ends by itself", async () => {
    const storeId = await makeStore();
    const published = collectPublished();
    try {
      expect(await setBusy(storeId, { minutes: 20, forMinutes: 30 }, sam, NOON_ISH)).toEqual({ minutes: 20, until: NOON_ISH + 30 * MINUTE });
      await expect.poll(() => published.storeSeen.length).toBe(1);
      expect(published.storeSeen[0]).toMatchObject({ event: { type: "busy_changed", message: "+20 min on every quote" }, controls: { busy: { minutes: 20 } } });
      expect((await readAvailability(storeId, NOON_ISH + 29 * MINUTE)).busy).toEqual({ minutes: 20, until: NOON_ISH + 30 * MINUTE });
      expect(await expireControls(NOON_ISH + 30 * MINUTE)).toEqual([`${storeId}: busy mode over`]);
      expect((await readAvailability(storeId, NOON_ISH + 30 * MINUTE)).busy).toBeNull();
    } finally {
      published.stop();
    }
  });

  it("is set with the pause in one call, and a refusal of either changes neither", async () => {
    const storeId = await makeStore();
    await expect(changeAvailability(storeId, { paused: true, minutes: 15, busy_minutes: 10, busy_for_minutes: 5, busy_until: "end_of_day" }, sam, NOON_ISH)).rejects.toBeInstanceOf(InvalidRequest);
    expect(await readAvailability(storeId, NOON_ISH)).toEqual({ pause: null, busy: null });
    expect(await changeAvailability(storeId, { paused: true, minutes: 15, busy_minutes: 10 }, sam, NOON_ISH)).toEqual({
      pause: { platforms: null, reason: null, until: NOON_ISH + 15 * MINUTE },
      busy: { minutes: 10, until: null },
    });
    expect(await changeAvailability(storeId, { busy_minutes: 0 }, sam, NOON_ISH)).toMatchObject({ pause: { until: NOON_ISH + 15 * MINUTE }, busy: null });
  });
});

describe("GET/PUT /api/v1/stores/{id}/hours", () => {
  it("sets and reads opening hours, refusing a span that closes before it opens", async () => {
    const storeId = await makeStore();
    const token = await makeToken(["stores:read", "stores:write"], storeId);
    expect(await (await rest("GET", `/api/v1/stores/${storeId}/hours`, { token })).json()).toEqual({ hours: null });
    const hours = { monday: [{ open: "11:00", close: "22:00" }], saturday: [{ open: "10:00", close: "24:00" }] };
    expect(await (await rest("PUT", `/api/v1/stores/${storeId}/hours`, { token, body: { hours } })).json()).toEqual({ hours });
    expect((await rest("PUT", `/api/v1/stores/${storeId}/hours`, { token, body: { hours: { monday: [{ open: "22:00", close: "02:00" }] } } })).status).toBe(400);
    expect(await (await rest("GET", `/api/v1/stores/${storeId}/hours`, { token })).json()).toEqual({ hours });
  });
});

describe("GET/PUT /api/v1/stores/{id}/auto-accept", () => {
  it("sets and reads auto-accept, refusing what does not parse and a token that may not write", async () => {
    const storeId = await makeStore();
    const token = await makeToken(["stores:read", "stores:write"], storeId);
    const settings = { platforms: ["doordash", "direct"], prep_minutes: 10, max_items: 8, max_total_cents: 10_000 };
    const put = await rest("PUT", `/api/v1/stores/${storeId}/auto-accept`, { token, body: settings });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual(settings);
    expect(await (await rest("GET", `/api/v1/stores/${storeId}/auto-accept`, { token })).json()).toEqual(settings);
    expect((await rest("PUT", `/api/v1/stores/${storeId}/auto-accept`, { token, body: { ...settings, platforms: ["doordash", "doordash"] } })).status).toBe(400);
    expect((await rest("PUT", `/api/v1/stores/${storeId}/auto-accept`, { token, body: { ...settings, prep_minutes: 0 } })).status).toBe(400);
    const readOnly = await makeToken(["stores:read"], storeId);
    expect((await rest("PUT", `/api/v1/stores/${storeId}/auto-accept`, { token: readOnly, body: { ...settings, platforms: [] } })).status).toBe(403);
    expect(await (await rest("GET", `/api/v1/stores/${storeId}/auto-accept`, { token })).json()).toEqual(settings);
  });
});

describe("busy mode that follows the kitchen", () => {
  it("sets its minutes from the orders in the kitchen, moves them at most every five minutes, and is told like a person's", async () => {
    const storeId = await makeStore();
    await setBusyAuto(storeId, { enabled: true, max_minutes: 20 });
    const accepted = [];
    for (let i = 0; i < 9; i++) {
      const { order } = await createOrder(anOrder(storeId), SYSTEM_ACTOR);
      accepted.push((await acceptOrder({ orderId: order.id, prepMinutes: 10, actor: SYSTEM_ACTOR })).order);
    }
    const now = Date.now();
    expect(await followKitchens(now)).toContain(`${storeId}: +10 min`);
    expect((await readAvailability(storeId, now)).busy).toEqual({ minutes: 10, until: null });
    // The kitchen clears, but the quotes hold for five minutes.
    for (const order of accepted) await cancelOrder({ orderId: order.id, reason: { code: "KITCHEN_BUSY", message: "" }, actor: SYSTEM_ACTOR });
    expect(await followKitchens(now + 4 * MINUTE)).not.toContain(`${storeId}: +0 min`);
    expect(await followKitchens(now + 5 * MINUTE)).toContain(`${storeId}: +0 min`);
    expect((await readAvailability(storeId, now + 5 * MINUTE)).busy).toBeNull();
    await setBusyAuto(storeId, { enabled: false, max_minutes: 20 });
  });
});

describe("auto-accept", () => {
  const twoItems = { items: [{ name: "Burger", quantity: 2, unit_price_cents: 1000, modifiers: [] }], money: { subtotal_cents: 2000, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 2000 } };

  it("accepts a platform's new order at once with the default prep time plus busy minutes; the boards hear it come in, then accepted", async () => {
    const storeId = await makeStore();
    await setAutoAccept(storeId, { platforms: ["doordash"], prep_minutes: 12, max_items: 3, max_total_cents: null }, sam);
    const published = collectPublished();
    try {
      const { order } = await createOrder(anOrder(storeId, twoItems), SYSTEM_ACTOR);
      expect(order).toMatchObject({ status: "accepted", prepMinutes: 12, autoAccepted: true, version: 2 });
      await expect.poll(() => published.seen.filter((m) => m.order.id === order.id).map((m) => [m.event.type, m.event.actorName])).toEqual([
        ["created", SYSTEM_ACTOR.name],
        ["accepted", "Auto-accept"],
      ]);
      await setBusy(storeId, { minutes: 10 }, sam);
      expect((await createOrder(anOrder(storeId, twoItems), SYSTEM_ACTOR)).order).toMatchObject({ status: "accepted", prepMinutes: 22 });
    } finally {
      published.stop();
    }
  });

  it("leaves for a person another platform's order, a scheduled one, one over a limit and one naming an 86'd item", async () => {
    const storeId = await makeStore();
    await setAutoAccept(storeId, { platforms: ["doordash"], prep_minutes: 12, max_items: 3, max_total_cents: 5_000 }, sam);
    const waits = async (overrides: Parameters<typeof anOrder>[1]) => (await createOrder(anOrder(storeId, { ...twoItems, ...overrides }), SYSTEM_ACTOR)).order;
    expect(await waits({ platform: "uber_eats" })).toMatchObject({ status: "incoming", autoAccepted: false });
    expect(await waits({ scheduled_for: new Date(Date.now() + 3 * 60 * MINUTE).toISOString() })).toMatchObject({ status: "scheduled" });
    expect(await waits({ items: [{ name: "Burger", quantity: 4, unit_price_cents: 500, modifiers: [] }] })).toMatchObject({ status: "incoming" });
    expect(await waits({ money: { subtotal_cents: 6_000, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 6_000 }, items: [{ name: "Burger", quantity: 2, unit_price_cents: 3_000, modifiers: [] }] })).toMatchObject({ status: "incoming" });
    const burger = (await listMenu(storeId)).find((item) => item.name === "Burger")!;
    await setItemAvailability(storeId, burger.id, { available: false }, sam);
    expect(await waits({})).toMatchObject({ status: "incoming" });
    // Back on, the same order is taken at once; turned off, nothing is.
    await setItemAvailability(storeId, burger.id, { available: true }, sam);
    expect(await waits({})).toMatchObject({ status: "accepted" });
    // Closed all week: what comes in waits for a person, who sees it flagged.
    await setOpeningHours(storeId, {}, sam);
    expect(await waits({})).toMatchObject({ status: "incoming" });
    expect((await readControls(storeId, Date.now())).hours).toEqual({});
    await setOpeningHours(storeId, null, sam);
    await setAutoAccept(storeId, { platforms: [], prep_minutes: 12, max_items: null, max_total_cents: null }, sam);
    expect(await waits({})).toMatchObject({ status: "incoming" });
  });
});
