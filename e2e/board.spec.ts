import { acceptWith, alertText, API_AUTH, card, column, details, expect, expectAnnounced, finished, fromMenu, openBoard, test, tickAll } from "./fixtures";

test("an order posted to the API appears on an open board without a reload, announced until someone acts", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  const incoming = card(column(page, "Incoming"), order);
  await expect(incoming).toBeVisible();
  await expect(incoming.getByText("New", { exact: true })).toBeVisible();
  await expectAnnounced(page, order);
});

test("accepting with a prep time on tablet A moves the order on tablet B", async ({ tablets, postOrder }) => {
  const [tabletA, tabletB] = tablets;
  const order = await postOrder({ fulfillment: "delivery" });
  await expect(card(column(tabletB, "Incoming"), order)).toBeVisible();

  await acceptWith(tabletA, order, "20 min");

  const onB = card(column(tabletB, "Accepted"), order);
  await expect(onB).toBeVisible();
  await expect(onB).toContainText(/Due in (19|20) min/);
  await expect(card(column(tabletB, "Incoming"), order)).toHaveCount(0);
});

test("acknowledging a new order on one tablet clears its highlight on the other", async ({ tablets, postOrder }) => {
  const [tabletA, tabletB] = tablets;
  const order = await postOrder();
  await expect(card(tabletB, order).getByText("New", { exact: true })).toBeVisible();
  await fromMenu(tabletA, order, "Acknowledge");
  await expect(card(tabletB, order).getByText("New", { exact: true })).toBeHidden();
  await expect(tabletB.getByRole("dialog", { name: new RegExp(`^New order #${order.short_code} · `) })).toHaveCount(0);
});

test("a delivery order goes through its whole life to completed, one named action at a time", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "delivery" });
  await acceptWith(page, order, "10 min");
  await card(column(page, "Accepted"), order).getByRole("button", { name: "Start bagging" }).click();
  await tickAll(page, order);
  await card(column(page, "Bagging"), order).getByRole("button", { name: "Mark ready" }).click();
  await card(column(page, "Ready"), order).getByRole("button", { name: "Hand to courier" }).click();
  const recent = card(await finished(page), order);
  await expect(recent).toContainText("Picked up");
  await recent.getByRole("button", { name: "Delivered" }).click();
  await expect(recent).toContainText("Completed");
  await recent.getByRole("button", { name: `More actions for order ${order.short_code}` }).click();
  await expect(page.getByRole("menuitem", { name: /^Recall/ })).toHaveCount(0);
  await page.keyboard.press("Escape");

  const drawer = await details(page, order, await finished(page));
  const timeline = drawer.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByRole("listitem").filter({ hasNotText: "Packed" })).toHaveCount(6);
  await expect(timeline).toContainText("Incoming → Accepted · prep 10 min");
  await expect(timeline).toContainText("Picked up → Completed");
});

test("a pickup order goes from ready straight to the customer, and a slip can be recalled, with a moment to undo", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  await acceptWith(page, order, "5 min");
  await fromMenu(page, order, "Mark ready");
  const ready = card(column(page, "Ready"), order);
  await expect(ready.getByRole("button", { name: "Picked up by customer" })).toBeVisible();
  await expect(ready.getByRole("button", { name: "Hand to courier" })).toHaveCount(0);

  await fromMenu(page, order, "Recall to Bagging");
  await expect(ready.getByRole("status")).toContainText("Recall in a moment");
  await page.getByRole("button", { name: `Undo recall of order ${order.short_code}` }).click();
  await expect(ready.getByRole("status")).toHaveCount(0);
  expect((await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json()).order.status).toBe("ready");

  await fromMenu(page, order, "Recall to Bagging");
  await tickAll(page, order);
  await card(column(page, "Bagging"), order).getByRole("button", { name: "Mark ready" }).click();
  await card(column(page, "Ready"), order).getByRole("button", { name: "Picked up by customer" }).click();
  await expect(card(await finished(page), order)).toContainText("Completed");
});

test("denying an order keeps the reason", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder();
  await fromMenu(page, order, "Deny");
  const dialog = page.getByRole("dialog", { name: `Deny order ${order.short_code}` });
  await dialog.getByRole("radio", { name: "Kitchen busy" }).check();
  await dialog.getByRole("button", { name: "Deny order" }).click();
  await expect(card(await finished(page), order)).toContainText("Denied: Kitchen busy");
  const drawer = await details(page, order, await finished(page));
  await expect(drawer).toContainText("Denied by Sam Rivera: Kitchen busy");
  const stored = await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json();
  expect(stored.order).toMatchObject({ status: "denied", reason: { code: "KITCHEN_BUSY", message: null } });
});

test("cancelling with Other refuses an empty message, writes nothing until one is given, and waits a moment for Undo", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder();
  await acceptWith(page, order, "15 min");
  await fromMenu(page, order, "Cancel order");
  const dialog = page.getByRole("dialog", { name: `Cancel order ${order.short_code}` });
  await dialog.getByRole("radio", { name: "Other" }).check();
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Say why: a message is required when the reason is Other");
  await expect(dialog.getByRole("textbox", { name: /Message/ })).toHaveAttribute("aria-invalid", "true");
  const status = async () => (await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json()).order.status;
  expect(await status()).toBe("accepted");

  await dialog.getByRole("textbox", { name: /Message/ }).fill("Customer never showed up");
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(card(column(page, "Accepted"), order).getByRole("status")).toContainText("Cancel in a moment");
  expect(await status()).toBe("accepted");
  await expect(card(await finished(page), order)).toContainText("Cancelled: Other (Customer never showed up)");
});

test("the board survives a dropped connection, says since when, and sums up what it missed", async ({ page, postOrder }) => {
  await openBoard(page);
  const before = await postOrder();
  await expect(card(page, before)).toBeVisible();

  await page.context().setOffline(true);
  const disconnected = page.getByRole("alert").filter({ hasText: "Disconnected" });
  await expect(disconnected).toContainText(/Disconnected since \d+:\d\d [AP]M/);
  await expect(disconnected).toContainText(/Last update \d+ s ago/);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toHaveCount(0);
  const missed = [await postOrder(), await postOrder({ fulfillment: "curbside" })];

  await page.context().setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  for (const order of missed) await expect(card(column(page, "Incoming"), order)).toBeVisible();
  await expect(disconnected).toHaveCount(0);
  await expect.poll(() => alertText(page)).toMatch(/While this board was offline \(.+\): \d+ new orders?/);
  await expect(card(page, before)).toHaveCount(1);
});

test("when two tablets act on one order, the second is told what happened and sees the fresh order", async ({ tablets, postOrder }) => {
  const [tabletA, tabletB] = tablets;
  const order = await postOrder();
  await fromMenu(tabletB, order, "Deny");
  const denyDialog = tabletB.getByRole("dialog", { name: `Deny order ${order.short_code}` });
  await denyDialog.getByRole("radio", { name: "Store closed" }).check();

  await acceptWith(tabletA, order, "10 min");
  await expect(card(column(tabletB, "Accepted"), order)).toBeVisible();
  await denyDialog.getByRole("button", { name: "Deny order" }).click();

  await expect(tabletB.getByText(`Order ${order.short_code} is now Accepted: `)).toBeVisible();
  await expect(card(column(tabletB, "Accepted"), order)).toBeVisible();
  await expect(card(column(tabletA, "Accepted"), order)).toBeVisible();
});

test("an action that gets no answer stays on its card as failed, with Retry, and the board stays", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  await page.route("**/api/trpc/orders.accept**", (route) => route.abort("connectionreset"));
  await acceptWith(page, order, "10 min");
  const failed = card(column(page, "Incoming"), order).getByRole("alert");
  await expect(failed).toContainText("Accept failed: the server could not be reached");
  await expect(column(page, "Accepted")).toBeVisible();

  await page.unroute("**/api/trpc/orders.accept**");
  await failed.getByRole("button", { name: "Retry" }).click();
  await expect(card(column(page, "Accepted"), order)).toBeVisible();
  await expect(card(page, order).getByRole("alert")).toHaveCount(0);
});

test("Deny is offered only while an order is incoming; Cancel only once it is accepted", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  const menuOf = async () => {
    await card(page, order).getByRole("button", { name: `More actions for order ${order.short_code}` }).click();
    const entries = await page.getByRole("menuitem").allTextContents();
    await page.keyboard.press("Escape");
    return entries;
  };
  expect(await menuOf()).toEqual(expect.arrayContaining(["Deny", "Details", "Print"]));
  expect(await menuOf()).not.toContain("Cancel order");
  await acceptWith(page, order, "10 min");
  await expect(card(column(page, "Accepted"), order)).toBeVisible();
  expect(await menuOf()).toEqual(expect.arrayContaining(["Mark ready", "Cancel order", "Details", "Print"]));
  expect(await menuOf()).not.toContain("Deny");
});
