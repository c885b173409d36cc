import { acceptWith, API_AUTH, card, column, expect, openBoard, test, tickAll } from "./fixtures";

test("an order posted to the API appears on an open board without a reload, highlighted as new", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  const incoming = card(column(page, "Incoming"), order);
  await expect(incoming).toBeVisible();
  await expect(incoming.getByText("New", { exact: true })).toBeVisible();
});

test("accepting with a prep time on tablet A moves the order on tablet B", async ({ tablets, postOrder }) => {
  const [tabletA, tabletB] = tablets;
  const order = await postOrder({ fulfillment: "delivery" });
  await expect(card(column(tabletB, "Incoming"), order)).toBeVisible();

  await acceptWith(tabletA, order, "20 min");

  const onB = card(column(tabletB, "Accepted"), order);
  await expect(onB).toBeVisible();
  await expect(onB).toContainText(/Due .* \(in (19|20) min\)/);
  await expect(card(column(tabletB, "Incoming"), order)).toHaveCount(0);
});

test("acknowledging a new order on one tablet clears its highlight on the other", async ({ tablets, postOrder }) => {
  const [tabletA, tabletB] = tablets;
  const order = await postOrder();
  await expect(card(tabletB, order).getByText("New", { exact: true })).toBeVisible();
  await card(tabletA, order).getByRole("button", { name: "Acknowledge" }).click();
  await expect(card(tabletB, order).getByText("New", { exact: true })).toBeHidden();
  await expect(card(tabletB, order).getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
});

test("a delivery order goes through its whole life to completed", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "delivery" });
  await acceptWith(page, order, "10 min");
  await card(column(page, "Accepted"), order).getByRole("button", { name: "Bagging" }).click();
  await tickAll(page, order);
  await card(column(page, "Bagging"), order).getByRole("button", { name: "Ready", exact: true }).click();
  await card(column(page, "Ready"), order).getByRole("button", { name: "Picked up" }).click();
  const recent = card(column(page, "Recently finished"), order);
  await expect(recent).toContainText("Picked up");
  await recent.getByRole("button", { name: "Completed" }).click();
  await expect(recent).toContainText("Completed");
  await expect(recent.getByRole("button", { name: "Recall" })).toHaveCount(0);

  await recent.getByRole("button", { name: "Details" }).click();
  const timeline = page.getByRole("dialog", { name: `Order ${order.short_code} details` }).getByRole("list", { name: "Timeline" });
  await expect(timeline.getByRole("listitem").filter({ hasNotText: "Packed" })).toHaveCount(6);
  await expect(timeline).toContainText("Incoming → Accepted · prep 10 min");
  await expect(timeline).toContainText("Picked up → Completed");
});

test("a pickup order goes from ready straight to completed, and a slip can be recalled", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  await acceptWith(page, order, "5 min");
  await card(column(page, "Accepted"), order).getByRole("button", { name: "Ready" }).click();
  const ready = card(column(page, "Ready"), order);
  await expect(ready.getByRole("button", { name: "Picked up" })).toHaveCount(0);
  await ready.getByRole("button", { name: "Recall" }).click();
  await tickAll(page, order);
  await card(column(page, "Bagging"), order).getByRole("button", { name: "Ready", exact: true }).click();
  await card(column(page, "Ready"), order).getByRole("button", { name: "Completed" }).click();
  await expect(card(column(page, "Recently finished"), order)).toContainText("Completed");
});

test("denying an order keeps the reason", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder();
  await card(page, order).getByRole("button", { name: "Deny" }).click();
  const dialog = page.getByRole("dialog", { name: `Deny order ${order.short_code}` });
  await dialog.getByRole("radio", { name: "Kitchen busy" }).check();
  await dialog.getByRole("button", { name: "Deny order" }).click();
  await expect(card(column(page, "Recently finished"), order)).toContainText("Denied: Kitchen busy");
  await card(column(page, "Recently finished"), order).getByRole("button", { name: "Details" }).click();
  await expect(page.getByRole("dialog", { name: `Order ${order.short_code} details` })).toContainText("Denied by Sam Rivera: Kitchen busy");
  const stored = await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json();
  expect(stored.order).toMatchObject({ status: "denied", reason: { code: "KITCHEN_BUSY", message: null } });
});

test("cancelling with Other refuses an empty message and writes nothing until one is given", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder();
  await acceptWith(page, order, "15 min");
  await card(column(page, "Accepted"), order).getByRole("button", { name: "Cancel" }).click();
  const dialog = page.getByRole("dialog", { name: `Cancel order ${order.short_code}` });
  await dialog.getByRole("radio", { name: "Other" }).check();
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Say why: a message is required when the reason is Other");
  await expect(dialog.getByRole("textbox", { name: /Message/ })).toHaveAttribute("aria-invalid", "true");
  expect((await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json()).order.status).toBe("accepted");

  await dialog.getByRole("textbox", { name: /Message/ }).fill("Customer never showed up");
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(card(column(page, "Recently finished"), order)).toContainText("Cancelled: Other (Customer never showed up)");
});

test("the board survives a dropped connection and shows the orders created meanwhile", async ({ page, postOrder }) => {
  await openBoard(page);
  const before = await postOrder();
  await expect(card(page, before)).toBeVisible();

  await page.context().setOffline(true);
  await expect(page.getByRole("alert").filter({ hasText: "Disconnected" })).toContainText(/Last update (just now|\d+ min ago)/);
  const missed = [await postOrder(), await postOrder({ fulfillment: "curbside" })];

  await page.context().setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  for (const order of missed) await expect(card(column(page, "Incoming"), order)).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Disconnected" })).toHaveCount(0);
  await expect(card(page, before)).toHaveCount(1);
});

test("when two tablets act on one order, the second is told what happened and sees the fresh order", async ({ tablets, postOrder }) => {
  const [tabletA, tabletB] = tablets;
  const order = await postOrder();
  await card(tabletB, order).getByRole("button", { name: "Deny" }).click();
  const denyDialog = tabletB.getByRole("dialog", { name: `Deny order ${order.short_code}` });
  await denyDialog.getByRole("radio", { name: "Store closed" }).check();

  await acceptWith(tabletA, order, "10 min");
  await expect(card(column(tabletB, "Accepted"), order)).toBeVisible();
  await denyDialog.getByRole("button", { name: "Deny order" }).click();

  await expect(tabletB.getByRole("status", { name: "Notices" })).toContainText(`Order ${order.short_code} is now Accepted`);
  await expect(card(column(tabletB, "Accepted"), order)).toBeVisible();
  await expect(card(column(tabletA, "Accepted"), order)).toBeVisible();
});
