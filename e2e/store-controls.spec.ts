import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { acceptWith, API_AUTH, card, column, expect, openBoard, PEOPLE, signIn, test } from "./fixtures";

const money = (cents: number) => ({ subtotal_cents: cents, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: cents });

test("86 an item on tablet A: tablet B flags an incoming order naming it, denies one as out of stock in one tap, and accepts another with a substitute", async ({ tablets, postOrder, request }) => {
  // Two boards on the store every other flow fills, through three orders: it has taken 1.5 min with both workers busy.
  test.setTimeout(180_000);
  const [tabletA, tabletB] = tablets;
  const dish = `Lamb Shawarma ${randomUUID().slice(0, 6)}`;
  const added = await request.post("/api/v1/stores/mission/items", { data: { name: dish, category: "Wraps", price_cents: 1300 }, headers: API_AUTH });
  expect(added.status(), await added.text()).toBe(201);
  const { item } = await added.json();

  await tabletA.getByRole("button", { name: /^86 items/ }).click();
  const drawer = tabletA.getByRole("dialog", { name: "86 items" });
  await drawer.getByRole("searchbox", { name: "Find an item" }).fill(dish);
  await drawer.getByRole("button", { name: `86 ${dish} for the rest of today` }).click();
  await expect(drawer.getByRole("button", { name: `Put ${dish} back on` })).toBeVisible();
  await drawer.getByRole("button", { name: "Close" }).click();

  const line = { name: dish, quantity: 1, unit_price_cents: 1300, modifiers: [] };
  const denied = await postOrder({ body: { items: [line], money: money(1300) } });
  const flag = card(column(tabletB, "Incoming"), denied).getByRole("note", { name: `86'd items on order ${denied.short_code}` });
  await expect(flag).toContainText(`86'd: ${dish}`);
  await flag.getByRole("button", { name: "Deny: item out of stock" }).click();
  await expect(card(column(tabletB, "Incoming"), denied)).toHaveCount(0);
  const answer = await (await request.get(`/api/v1/orders/${denied.id}`, { headers: API_AUTH })).json();
  expect(answer.order).toMatchObject({ status: "denied", reason: { code: "ITEM_OUT_OF_STOCK" } });

  const substituted = await postOrder({ body: { items: [line, { name: "Fries", quantity: 1, unit_price_cents: 400, modifiers: [] }], money: money(1700) } });
  const second = card(column(tabletB, "Incoming"), substituted).getByRole("note", { name: `86'd items on order ${substituted.short_code}` });
  await second.getByRole("button", { name: "Accept and substitute" }).click();
  const accept = tabletB.getByRole("dialog", { name: `Accept order ${substituted.short_code}` });
  await accept.getByRole("radio", { name: "10 min", exact: true }).check();
  await accept.getByRole("button", { name: "Accept order", exact: true }).click();
  await expect(tabletB.getByRole("dialog", { name: "Substitute" })).toBeVisible();
  await expect(card(column(tabletB, "Accepted"), substituted)).toBeVisible();

  // Back on: the flag goes from the boards without a reload.
  const back = await request.post(`/api/v1/stores/mission/items/${item.id}/availability`, { data: { available: true }, headers: API_AUTH });
  expect(back.status()).toBe(200);
  const third = await postOrder({ body: { items: [line], money: money(1300) } });
  await expect(card(column(tabletA, "Incoming"), third)).toBeVisible();
  await expect(card(column(tabletA, "Incoming"), third).getByRole("note", { name: /86'd items/ })).toHaveCount(0);
  await acceptWith(tabletA, third, "10 min");
});

/** Two tablets on Oak Park, whose pause no other flow watches: Jo (staff) and Maya (manager). */
async function oakParkTablets(browser: import("@playwright/test").Browser): Promise<[Page, Page]> {
  const pages: Page[] = [];
  for (const person of [PEOPLE.jo, PEOPLE.maya]) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, person, "oak-park");
    await openBoard(page, "oak-park");
    pages.push(page);
  }
  return pages as [Page, Page];
}

test("pausing shows the banner with the time left on both tablets; resuming lifts it on both, and a pause whose time comes lifts by itself", async ({ browser, request }) => {
  const [tabletA, tabletB] = await oakParkTablets(browser);
  try {
    await tabletA.getByRole("button", { name: "Pause store" }).click();
    const dialog = tabletA.getByRole("dialog", { name: "Pause the store" });
    // A pause on no platform is refused before anything is sent; ticked again, it is on every platform.
    const platforms = await dialog.getByRole("group", { name: "On which platforms" }).getByRole("checkbox").all();
    for (const box of platforms) await box.uncheck();
    await dialog.getByRole("button", { name: "Pause store" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Choose at least one platform");
    for (const box of platforms) await box.check();
    await expect(dialog.getByRole("alert")).toHaveCount(0);
    await dialog.getByRole("radio", { name: "15 min" }).check();
    await dialog.getByRole("textbox", { name: "Reason (optional)" }).fill("Oven down");
    await dialog.getByRole("button", { name: "Pause store" }).click();
    for (const tablet of [tabletA, tabletB]) {
      await expect(tablet.getByRole("region", { name: "Store paused" })).toContainText(/Paused on every platform · Oven down · 1[45] min left, until .*\. Orders already placed still come in\./);
    }
    expect(await (await request.get("/api/v1/stores/oak-park/availability", { headers: API_AUTH })).json()).toMatchObject({ paused: true, platforms: null, reason: "Oven down" });

    await tabletB.getByRole("region", { name: "Store paused" }).getByRole("button", { name: "Resume now" }).click();
    for (const tablet of [tabletA, tabletB]) await expect(tablet.getByRole("region", { name: "Store paused" })).toHaveCount(0);

    const until = new Date(Date.now() + 4_000).toISOString();
    const paused = await request.put("/api/v1/stores/oak-park/availability", { data: { paused: true, platforms: ["grubhub"], reason: "Short break", until }, headers: API_AUTH });
    expect(paused.status(), await paused.text()).toBe(200);
    for (const tablet of [tabletA, tabletB]) await expect(tablet.getByRole("region", { name: "Store paused" })).toContainText("Paused on Grubhub · Short break");
    // Nobody touches it: the server's clock ends the pause and both boards hear it.
    for (const tablet of [tabletA, tabletB]) await expect(tablet.getByRole("region", { name: "Store paused" })).toHaveCount(0, { timeout: 20_000 });
    expect(await (await request.get("/api/v1/stores/oak-park/availability", { headers: API_AUTH })).json()).toMatchObject({ paused: false });
  } finally {
    await request.put("/api/v1/stores/oak-park/availability", { data: { paused: false }, headers: API_AUTH });
    for (const tablet of [tabletA, tabletB]) await tablet.context().close();
  }
});

test("busy mode puts its minutes on every quote: both tablets show it, the accept dialog quotes it, and ending it lifts it everywhere", async ({ browser, postOrder }) => {
  const [tabletA, tabletB] = await oakParkTablets(browser);
  try {
    await tabletA.getByRole("button", { name: "Busy mode" }).click();
    const dialog = tabletA.getByRole("dialog", { name: "Busy mode" });
    await dialog.getByRole("radio", { name: "+20 min" }).check();
    await dialog.getByRole("radio", { name: "1 hour" }).check();
    await dialog.getByRole("button", { name: "Set busy mode" }).click();
    for (const tablet of [tabletA, tabletB]) await expect(tablet.getByRole("region", { name: "Busy mode" })).toContainText(/Busy: \+20 min on every quote · (1 h|59 min) left/);

    const order = await postOrder({ storeId: "oak-park", fulfillment: "pickup" });
    await card(column(tabletB, "Incoming"), order).getByRole("button", { name: "Accept", exact: true }).click();
    const accept = tabletB.getByRole("dialog", { name: `Accept order ${order.short_code}` });
    await expect(accept).toContainText("Busy mode: +20 min included");
    await expect(accept.getByRole("spinbutton")).toHaveValue("35");
    await accept.getByRole("button", { name: "Accept order", exact: true }).click();
    await expect(card(column(tabletB, "Accepted"), order)).toBeVisible();
    expect((await (await tabletB.request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json()).order.prep_minutes).toBe(35);

    await tabletB.getByRole("region", { name: "Busy mode" }).getByRole("button", { name: "End busy mode" }).click();
    for (const tablet of [tabletA, tabletB]) await expect(tablet.getByRole("region", { name: "Busy mode" })).toHaveCount(0);
  } finally {
    for (const tablet of [tabletA, tabletB]) await tablet.context().close();
  }
});

test("a manager sets auto-accept's prep time and limits, told plainly what does not parse; staff cannot", async ({ browser, page }) => {
  const tablets = await oakParkTablets(browser);
  const manager = tablets[1];
  try {
    await manager.getByRole("button", { name: /^Auto-accept/ }).click();
    const dialog = manager.getByRole("dialog", { name: "Auto-accept" });
    await dialog.getByRole("textbox", { name: /Prep time quoted/ }).fill("twelve");
    await dialog.getByRole("textbox", { name: /Up to this many items/ }).fill("6");
    await dialog.getByRole("button", { name: "Save auto-accept" }).click();
    await expect(dialog.getByRole("alert")).toBeVisible();
    await dialog.getByRole("textbox", { name: /Prep time quoted/ }).fill("12");
    await dialog.getByRole("button", { name: "Save auto-accept" }).click();
    await expect(dialog).toBeHidden();
    const saved = await (await manager.request.get(`/api/trpc/stores.autoAccept?input=${encodeURIComponent(JSON.stringify({ id: "oak-park" }))}`)).json();
    expect(saved.result.data).toEqual({ platforms: [], prep_minutes: 12, max_items: 6, max_total_cents: null });

    // Staff see whether it is on, and have no way to change it.
    await openBoard(page);
    await expect(page.getByRole("button", { name: /^Auto-accept/ })).toHaveCount(0);
  } finally {
    await manager.request.post("/api/trpc/stores.setAutoAccept", { data: { id: "oak-park", platforms: [], prep_minutes: 15, max_items: null, max_total_cents: null } });
    for (const tablet of tablets) await tablet.context().close();
  }
});
