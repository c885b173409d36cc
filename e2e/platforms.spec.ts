import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { DEMO_WEBHOOK_SECRET } from "@/server/demo/demo-platforms";
import { startReceiver } from "@/server/demo/notification-receiver";
import { freshDelivery, shortCodeOf } from "@/server/demo/webhook-templates";
import type { Platform } from "@/server/domain/platforms";
import type { ExampleName } from "@/server/integrations/examples";
import { signedHeaders } from "@/server/integrations/signature";
import { acceptWith, card, column, expect, openBoard, PEOPLE, signIn, STORE, test, type ApiOrder } from "./fixtures";

/** Sends one of a platform's recorded webhooks, re-addressed to this test's order and signed with the demo's secret. */
async function platformSends(request: APIRequestContext, platform: Platform, name: ExampleName, orderId: string, storeId = STORE, now = Date.now()) {
  const body = freshDelivery(platform, name, { orderId, storeId, now });
  const response = await request.post(`/api/webhooks/${platform}`, {
    data: body,
    headers: { "content-type": "application/json", ...signedHeaders([DEMO_WEBHOOK_SECRET], `msg_${randomUUID()}`, body) },
  });
  expect(response.status(), await response.text()).toBe(200);
  const answer = (await response.json()) as { outcome: string; order_id: number };
  expect(answer.outcome).toBe("applied");
  return { id: answer.order_id, short_code: shortCodeOf(orderId), status: "incoming", version: 1 } satisfies ApiOrder;
}

test("a courier arriving for an order still in Accepted sounds the alarm until the order is ready", async ({ page, request }) => {
  const orderId = `dd-${randomUUID()}`;
  await openBoard(page);
  const order = await platformSends(request, "doordash", "order-placed", orderId);
  await expect(card(column(page, "Incoming"), order)).toBeVisible();
  await acceptWith(page, order, "20 min");
  await expect(card(column(page, "Accepted"), order)).toBeVisible();

  await platformSends(request, "doordash", "courier-arrived", orderId);
  const alarm = page.getByRole("alert", { name: "Courier waiting" });
  await expect(alarm).toContainText(`#${order.short_code} (DoorDash, Mike) is not ready`);
  await expect(card(column(page, "Accepted"), order).getByRole("alert")).toHaveText("Courier is waiting at the counter");

  await card(page, order).getByRole("button", { name: "Ready", exact: true }).click();
  await expect(card(column(page, "Ready"), order)).toBeVisible();
  await expect(alarm.filter({ hasText: `#${order.short_code}` })).toHaveCount(0);
});

test("accepting an order sends the platform a signed notification, which the order detail shows as sent", async ({ browser, request }) => {
  const receiver = await startReceiver({ secrets: [DEMO_WEBHOOK_SECRET] });
  try {
    // An admin points Oak Park's LulaDirect notifications at this test's receiver, on the admin page.
    const admin = await browser.newPage();
    await signIn(admin, PEOPLE.ada, "oak-park");
    await admin.goto("/admin/integrations");
    const form = admin.getByRole("form", { name: "LulaDirect at Oak Park" });
    await form.getByLabel("Notification endpoint").fill(`${receiver.url}/luladirect`);
    await form.getByRole("button", { name: "Save LulaDirect at Oak Park" }).click();
    await expect(form.getByRole("status")).toHaveText("LulaDirect at Oak Park saved");
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

    await card(tablet, order).getByRole("button", { name: "Details" }).click();
    const notifications = tablet.getByRole("list", { name: "Platform notifications" });
    await expect(notifications.getByRole("listitem").filter({ hasText: "Accepted" })).toContainText("Sent");
    await tablet.close();
  } finally {
    await receiver.close();
  }
});

test("an order nobody accepts is highlighted, then escalated to a manager before Uber Eats' deadline", async ({ page, request }) => {
  await openBoard(page);
  const fresh = await platformSends(request, "uber_eats", "order-placed", `ue-${randomUUID()}`);
  // Placed nine minutes ago: three quarters of Uber Eats' 11.5-minute window have gone.
  const lapsing = await platformSends(request, "uber_eats", "order-placed", `ue-${randomUUID()}`, STORE, Date.now() - 9 * 60_000);

  await expect(card(column(page, "Incoming"), lapsing).getByText(/^Accept by /)).toBeVisible();
  await expect(card(column(page, "Incoming"), fresh).getByText(/^Accept by /)).toHaveCount(0);
  const managerAlert = page.getByRole("alert", { name: "Orders about to be cancelled" });
  await expect(managerAlert).toContainText(new RegExp(`#${lapsing.short_code} from Uber Eats: cancelled in [12] min`));
  await expect(managerAlert).not.toContainText(`#${fresh.short_code}`);

  await acceptWith(page, lapsing, "10 min");
  await expect(managerAlert.filter({ hasText: `#${lapsing.short_code}` })).toHaveCount(0);
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
  const alert = manager.getByRole("alert", { name: "Unreadable order from DoorDash" }).filter({ hasText: "garbled" });
  await expect(alert).toContainText("order.consumer:");
  await alert.getByText("What arrived").click();
  await expect(alert.getByText(body)).toBeVisible();
  await alert.getByRole("button", { name: /^Dismiss unreadable delivery \d+$/ }).click();
  await expect(alert).toHaveCount(0);
  await manager.close();
});
