import { acceptWith, alertText, API_AUTH, card, column, details, expect, expectAnnounced, finished, fromMenu, openBoard, PEOPLE, signIn, test } from "./fixtures";

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

test("an unpaid drive-thru order from the store's own kiosk says what to collect on its card, and is handed over only once marked paid", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const posted = await postOrder({ unpaid: true, platform: "direct", body: { channel: "kiosk" } });
  const { order } = await (await request.get(`/api/v1/orders/${posted.id}`, { headers: API_AUTH })).json();
  expect(order.payment).toMatchObject({ method: "cash", paid: false });
  const total = order.money.total_cents as number;
  const tendered = order.payment.cash_tendered_cents as number;
  const change = tendered > total ? ` · change from ${dollars(tendered)}: ${dollars(tendered - total)}` : "";

  const incoming = card(column(page, "Incoming"), posted);
  await expect(incoming.getByRole("note", { name: "Payment to collect" })).toHaveText(`Collect ${dollars(total)} · cash${change}`);
  await expect(incoming.getByText("Kiosk", { exact: true })).toBeVisible();
  await expect(incoming.getByText("Direct", { exact: true })).toBeVisible();

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

test("an order placed for later waits in the Scheduled lane, then comes into Incoming with the new-order sheet when due", async ({ browser, postOrder }) => {
  // On Oak Park's board: orders the other flows post to Mission meanwhile would queue ahead of it on the new-order sheet.
  const page = await (await browser.newContext()).newPage();
  await signIn(page, PEOPLE.jo, "oak-park");
  await openBoard(page, "oak-park");
  // The demo store quotes 15 minutes of prep and 5 of buffer: due 20 minutes before the wanted time, here 15 s from now.
  const wanted = new Date(Date.now() + 20 * 60_000 + 15_000).toISOString();
  const order = await postOrder({ storeId: "oak-park", fulfillment: "pickup", body: { scheduled_for: wanted } });
  expect(order.status).toBe("scheduled");
  await page.getByRole("button", { name: /^Scheduled \(\d+\)$/ }).click();
  const lane = page.getByRole("region", { name: "Scheduled", exact: true });
  await expect(card(lane, order)).toBeVisible();
  await expect(card(lane, order)).toContainText(/Comes in \d+ min/);
  await expect(card(column(page, "Incoming"), order)).toHaveCount(0);

  await expect(card(column(page, "Incoming"), order)).toBeVisible({ timeout: 45_000 });
  await expect(card(lane, order)).toHaveCount(0);
  await expectAnnounced(page, order);
  await page.context().close();
});

test("I'm here from the customer's tracking link raises the board's alarm; the link shows that order only", async ({ page, postOrder, browser, request }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "curbside" });
  const other = await postOrder({ fulfillment: "curbside" });
  const trackingOf = async (id: number) => (await (await request.get(`/api/v1/orders/${id}`, { headers: API_AUTH })).json()).order.tracking_path as string;
  const path = await trackingOf(order.id);
  expect(path).toMatch(/^\/track\/[A-Za-z0-9_-]{32}$/);

  // The attack: another order's link, a link altered by a character, a made-up one.
  const own = await request.get(`/api${path}`);
  expect(own.status()).toBe(200);
  const shown = await own.text();
  expect(shown).toContain(order.short_code);
  expect(shown).not.toContain(other.short_code);
  const token = path.split("/").at(-1)!;
  const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
  expect((await request.get(`/api/track/${altered}`)).status()).toBe(404);
  expect((await request.post(`/api/track/${altered}/arrived`, { data: {} })).status()).toBe(404);
  expect((await request.get(`/track/${"x".repeat(32)}`)).status()).toBe(404);

  // The customer's phone: no session, only the link.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const customer = await phone.newPage();
  await customer.goto(path);
  await expect(customer.getByRole("heading", { name: `Order #${order.short_code}` })).toBeVisible();
  await expect(customer.getByRole("status", { name: "Order status" })).toContainText("Sent to the store");
  await customer.getByLabel("Parking spot (optional)").fill("7");
  await customer.getByRole("button", { name: "I'm here" }).click();
  await expect(customer.getByText("The store knows you are here.")).toBeVisible();
  await phone.close();

  await expect.poll(() => alertText(page)).toContain(`Customer here for #${order.short_code}`);
  await expect(card(page, order)).toContainText("Customer here");
  await expect(card(page, other)).not.toContainText("Customer here");
});

test("a ready order nobody collects is marked not picked up: it leaves the board as a failed handover, apart from cancellations", async ({ page, postOrder, request }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  await acceptWith(page, order, "5 min");
  await fromMenu(page, order, "Mark ready");
  await expect(card(column(page, "Ready"), order)).toBeVisible();
  await fromMenu(page, order, "Not picked up");
  await expect(card(await finished(page), order)).toContainText("Handover failed");
  const { order: stored } = await (await request.get(`/api/v1/orders/${order.id}`, { headers: API_AUTH })).json();
  expect(stored).toMatchObject({ status: "failed", outcome: "not_picked_up", handover_failure_reason: "The customer never came for it", reason: null });
});
