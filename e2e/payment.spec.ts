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
