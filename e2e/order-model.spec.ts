import { acceptWith, API_AUTH, card, column, details, expect, finished, fromMenu, openBoard, test } from "./fixtures";

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

test("an unpaid drive-thru order says what to collect on its card, and is handed over only once marked paid", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const posted = await postOrder({ unpaid: true, body: { channel: "kiosk" } });
  const { order } = await (await request.get(`/api/v1/orders/${posted.id}`, { headers: API_AUTH })).json();
  expect(order.payment).toMatchObject({ method: "cash", paid: false });
  const total = order.money.total_cents as number;
  const tendered = order.payment.cash_tendered_cents as number;
  const change = tendered > total ? ` · change from ${dollars(tendered)}: ${dollars(tendered - total)}` : "";

  const incoming = card(column(page, "Incoming"), posted);
  await expect(incoming.getByRole("note", { name: "Payment to collect" })).toHaveText(`Collect ${dollars(total)} · cash${change}`);
  await expect(incoming.getByText("Kiosk", { exact: true })).toBeVisible();

  await acceptWith(page, posted, "5 min");
  await fromMenu(page, posted, "Mark ready");
  const ready = card(column(page, "Ready"), posted);
  await expect(ready.getByRole("button", { name: "Picked up by customer" })).toHaveCount(0);
  await ready.getByRole("button", { name: "Mark paid" }).click();
  await expect(ready.getByRole("note", { name: "Payment to collect" })).toHaveCount(0);
  await ready.getByRole("button", { name: "Picked up by customer" }).click();

  await expect(card(await finished(page), posted)).toContainText("Completed");
  const drawer = await details(page, posted, await finished(page));
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText(`Marked paid`);
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText(`Collected ${dollars(total)} · cash`);
});

test("Assign to me puts a person's name on the card on every tablet, and My orders shows only theirs", async ({ tablets, postOrder }) => {
  const [tabletA, tabletB] = tablets;
  const mine = await postOrder({ fulfillment: "pickup" });
  const other = await postOrder({ fulfillment: "pickup" });
  await fromMenu(tabletA, mine, "Assign to me");
  await expect(card(tabletB, mine).getByLabel("Assigned to Sam Rivera")).toBeVisible();

  const myOrders = tabletA.getByRole("button", { name: "My orders" });
  await myOrders.click();
  await expect(myOrders).toHaveAttribute("aria-pressed", "true");
  await expect(card(tabletA, mine)).toBeVisible();
  await expect(card(tabletA, other)).toHaveCount(0);
  await myOrders.click();
  await expect(card(tabletA, other)).toBeVisible();

  const drawer = await details(tabletB, mine);
  await drawer.getByRole("combobox", { name: "Person" }).selectOption({ label: "Nobody" });
  await expect(card(tabletA, mine).getByLabel(/^Assigned to/)).toHaveCount(0);
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText("Nobody assigned");
});

test("an order placed for later waits in the Scheduled lane, then comes into Incoming with the new-order sheet when due", async ({ page, postOrder }) => {
  await openBoard(page);
  // The demo store quotes 15 minutes of prep and 5 of buffer: due 20 minutes before the wanted time, here 15 s from now.
  const wanted = new Date(Date.now() + 20 * 60_000 + 15_000).toISOString();
  const order = await postOrder({ fulfillment: "pickup", body: { scheduled_for: wanted } });
  expect(order.status).toBe("scheduled");
  await page.getByRole("button", { name: /^Scheduled \(\d+\)$/ }).click();
  const lane = page.getByRole("region", { name: "Scheduled", exact: true });
  await expect(card(lane, order)).toBeVisible();
  await expect(card(lane, order)).toContainText(/Comes in \d+ min/);
  await expect(card(column(page, "Incoming"), order)).toHaveCount(0);

  await expect(card(column(page, "Incoming"), order)).toBeVisible({ timeout: 45_000 });
  await expect(card(lane, order)).toHaveCount(0);
  await expect(page.getByRole("dialog", { name: new RegExp(`^New order #${order.short_code} · `) })).toBeVisible();
});
