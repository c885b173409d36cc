import { randomUUID } from "node:crypto";
import { DEMO_WEBHOOK_SECRET } from "@/server/demo/demo-credentials";
import { startReceiver } from "@/server/demo/notification-receiver";
import { signedHeaders } from "@/server/integrations/signature";
import { acceptWith, alertText, card, column, details, expect, openAlerts, openBoard, PEOPLE, platformSends, signIn, STORE, test, type ApiOrder } from "./fixtures";

test("a courier arriving for an order still in Accepted sounds the alarm until the order is ready", async ({ page, request }) => {
  const orderId = `dd-${randomUUID()}`;
  await openBoard(page);
  const order = await platformSends(request, "doordash", "order-placed", orderId);
  await expect(card(column(page, "Incoming"), order)).toBeVisible();
  await acceptWith(page, order, "20 min");
  await expect(card(column(page, "Accepted"), order)).toBeVisible();

  await platformSends(request, "doordash", "courier-arrived", orderId);
  const alarm = page.getByRole("alert").filter({ hasText: `Courier waiting for #${order.short_code}` });
  await expect(alarm).toContainText("(DoorDash, Mike): not ready yet");
  // The alarm is painted in the late-red fill with its own text colour (the dark theme's, on the board).
  await expect(alarm).toHaveCSS("color", "rgb(11, 18, 32)");
  const accepted = card(column(page, "Accepted"), order);
  await expect(accepted).toContainText("Courier here");
  // The order the courier waits for floats to the top of its column.
  await expect(column(page, "Accepted").getByRole("article").first()).toHaveAccessibleName(`Order ${order.short_code}`);

  await alarm.getByRole("button", { name: `Mark order ${order.short_code} ready` }).click();
  await expect(card(column(page, "Ready"), order)).toBeVisible();
  await expect(alarm).toHaveCount(0);
});

test("accepting an order sends the platform a signed notification, which the order detail shows as sent", async ({ browser, request }) => {
  const receiver = await startReceiver({ secrets: [DEMO_WEBHOOK_SECRET] });
  try {
    // An admin points Oak Park's LulaDirect notifications at this test's receiver, on the admin page.
    const admin = await browser.newPage();
    await signIn(admin, PEOPLE.ada, "oak-park");
    await admin.goto("/admin/integrations");
    const form = admin.getByRole("form", { name: "LulaDirect at Oak Park" });
    // The form refuses what the server would, beside each field, and saves nothing.
    await form.getByLabel("Notification endpoint").fill("ftp://example.com");
    await form.getByLabel("Accept deadline (minutes)").fill("0");
    await form.getByRole("button", { name: "Save LulaDirect at Oak Park" }).click();
    await expect(form.getByLabel("Notification endpoint")).toHaveAccessibleDescription("An http:// or https:// address, or blank for none");
    await expect(form.getByLabel("Accept deadline (minutes)")).toHaveAccessibleDescription("From 1 to 60 minutes, in steps of half a minute");
    await form.getByLabel("Or paste the platform's secret").fill("whsec_short");
    await form.getByRole("button", { name: "Add pasted secret" }).click();
    await expect(form.getByLabel("Or paste the platform's secret")).toHaveAccessibleDescription("A signing secret is whsec_ followed by at least 24 bytes in base64");
    await expect(form.getByRole("status")).toHaveCount(0);
    await admin.reload();
    await expect(form.getByLabel("Accept deadline (minutes)")).not.toHaveValue("0");
    await form.getByLabel("Notification endpoint").fill(`${receiver.url}/luladirect`);
    await form.getByRole("button", { name: "Save LulaDirect at Oak Park" }).click();
    await expect(form.getByRole("status")).toHaveText("LulaDirect at Oak Park saved");
    // The secrets are shown masked; Copy gives the whole secret to hand to the platform.
    const secrets = form.getByRole("list", { name: "Signing secrets of LulaDirect at Oak Park" });
    await expect(secrets).toContainText(`whsec_••••••••${DEMO_WEBHOOK_SECRET.slice(-4)}`);
    await expect(secrets).not.toContainText(DEMO_WEBHOOK_SECRET);
    await admin.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await secrets.getByRole("button", { name: "Copy secret 1 of LulaDirect at Oak Park" }).click();
    await expect(secrets.getByRole("button", { name: "Copy secret 1 of LulaDirect at Oak Park" })).toHaveText("Copied");
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(DEMO_WEBHOOK_SECRET);
    // Send test: a signed test notification, now, and what came back.
    await form.getByRole("button", { name: "Send test to LulaDirect at Oak Park" }).click();
    await expect(form.getByRole("status", { name: "Test of LulaDirect at Oak Park" })).toHaveText("Test delivered (HTTP 200)");
    expect(receiver.received.filter((n) => n.body?.type === "test").map((n) => [n.verified, n.path])).toEqual([[true, "/luladirect"]]);
    await admin.close();

    const tablet = await browser.newPage();
    await signIn(tablet, PEOPLE.jo, "oak-park");
    await openBoard(tablet, "oak-park");
    const orderId = `lula-${randomUUID()}`;
    const order = await platformSends(request, "luladirect", "order-placed", orderId, "oak-park");
    await acceptWith(tablet, order, "15 min");

    await expect.poll(() => receiver.received.filter((n) => n.body?.data?.order_id === orderId).map((n) => [n.body?.type, n.verified, n.path])).toEqual([
      ["order.accepted", true, "/luladirect"],
    ]);
    const accepted = receiver.received.find((n) => n.body?.data?.order_id === orderId)!;
    expect(accepted.body?.data).toMatchObject({ order_status: "success", prep_minutes: 15, store_id: "oak-park" });

    await details(tablet, order);
    const notifications = tablet.getByRole("list", { name: "Platform notifications" });
    await expect(notifications.getByRole("listitem").filter({ hasText: "Accepted" })).toContainText("Sent");
    await tablet.close();

    // The platforms page says when a notification last got through.
    const again = await browser.newPage();
    await signIn(again, PEOPLE.ada, "oak-park");
    await again.goto("/admin/integrations");
    const deliveries = again.getByRole("form", { name: "LulaDirect at Oak Park" }).getByRole("definition").nth(1);
    await expect(deliveries).toHaveText(/ ago$/);
    await again.close();
  } finally {
    await receiver.close();
  }
});

test("an order nobody accepts is highlighted, then escalated to a manager before Uber Eats' deadline", async ({ page, request }) => {
  await openBoard(page);
  const fresh = await platformSends(request, "uber_eats", "order-placed", `ue-${randomUUID()}`);
  // Placed ten and a half minutes ago: more than three quarters of Uber Eats' 11.5-minute window have
  // gone. Its deadline, a minute away, comes before that of any order other flows left waiting here,
  // so it is among the three the rail offers to accept.
  const lapsing = await platformSends(request, "uber_eats", "order-placed", `ue-${randomUUID()}`, STORE, Date.now() - 10.5 * 60_000);

  await expect(card(column(page, "Incoming"), lapsing)).toContainText(/Waiting (10|11) min/);
  const acceptNow = (order: ApiOrder) => async () => (await openAlerts(page)).getByRole("button", { name: `Accept order ${order.short_code}` }).count();
  await expect.poll(acceptNow(lapsing)).toBe(1);
  await expect.poll(() => alertText(page)).toMatch(/orders? needs? accepting now, or the platform cancels/);
  expect(await acceptNow(fresh)()).toBe(0);

  await (await openAlerts(page)).getByRole("button", { name: `Accept order ${lapsing.short_code}` }).click();
  const dialog = page.getByRole("dialog", { name: `Accept order ${lapsing.short_code}` });
  await dialog.getByRole("radio", { name: "10 min", exact: true }).check();
  await dialog.getByRole("button", { name: "Accept order" }).click();
  await expect(card(column(page, "Accepted"), lapsing)).toBeVisible();
  await expect.poll(acceptNow(lapsing)).toBe(0);
});

test("a signed delivery nobody can read is kept and shown on the board until a manager dismisses it", async ({ browser, request }) => {
  const body = JSON.stringify({ event_type: "order_created", order: { id: `dd-${randomUUID()}`, store: { merchant_supplied_id: STORE }, note: "garbled" } });
  const response = await request.post("/api/webhooks/doordash", {
    data: body,
    headers: { "content-type": "application/json", ...signedHeaders([DEMO_WEBHOOK_SECRET], `msg_${randomUUID()}`, body) },
  });
  expect(await response.json()).toMatchObject({ outcome: "quarantined" });

  const manager = await browser.newPage();
  await signIn(manager, PEOPLE.maya);
  await openBoard(manager);
  await expect.poll(() => alertText(manager)).toMatch(/\d+ orders? from DoorDash could not be read: check the DoorDash tablet/);
  await (await openAlerts(manager)).getByRole("button", { name: "What arrived from DoorDash" }).click();
  const arrived = manager.getByRole("dialog", { name: "What arrived from DoorDash" });
  await expect(arrived).toContainText("order.consumer:");
  await expect(arrived.getByText(body)).toBeVisible();
  await arrived.getByRole("button", { name: /^Dismiss unreadable delivery \d+$/ }).click();
  await expect.poll(() => alertText(manager)).not.toMatch(/from DoorDash could not be read/);
  await manager.close();
});

test("staff see what to do about a platform problem, not its diagnostics", async ({ page, request }) => {
  const body = JSON.stringify({ event_type: "order_created", order: { id: `dd-${randomUUID()}`, note: "for staff" } });
  await request.post("/api/webhooks/doordash", { data: body, headers: { "content-type": "application/json", ...signedHeaders([DEMO_WEBHOOK_SECRET], `msg_${randomUUID()}`, body) } });
  await openBoard(page);
  await expect.poll(() => alertText(page)).toMatch(/could not be read: check the DoorDash tablet/);
  const text = await alertText(page);
  expect(text).not.toMatch(/ECONNREFUSED|attempts|order\.consumer|msg_/);
  await expect((await openAlerts(page)).getByRole("button", { name: "What arrived from DoorDash" })).toHaveCount(0);
});
