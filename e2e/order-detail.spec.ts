import { randomUUID } from "node:crypto";
import { card, details, expect, openBoard, PEOPLE, signIn, test } from "./fixtures";

test("the order detail shows items read the kitchen's way, the customer, fulfillment and the money breakdown", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({
    platform: "doordash",
    body: {
      customer: { first_name: "Rosa", last_name: "Diaz", phone: "+15550001111" },
      fulfillment: { type: "curbside", vehicle: "Green Subaru" },
      special_instructions: "Text when ready",
      items: [
        {
          name: "Smash Burger",
          quantity: 2,
          unit_price_cents: 1195,
          modifiers: [
            { name: "Onion", action: "remove" },
            { name: "Cheese", action: "extra", price_cents: 150 },
          ],
          special_instructions: "Cut in half",
        },
      ],
      money: { currency: "USD", subtotal_cents: 2690, tax_cents: 235, tip_cents: 100, fees_cents: 50, discount_cents: 200, total_cents: 2875 },
    },
  });
  const onBoard = card(page, order);
  await expect(onBoard).toContainText("2 × Smash Burger");
  await expect(onBoard).toContainText("Curbside · Green Subaru");
  await expect(onBoard).toContainText("Rosa D.");
  await expect(onBoard).toContainText("Note: Text when ready");
  await onBoard.getByRole("button", { name: `Show items of order ${order.short_code}` }).click();
  const modifiers = onBoard.getByRole("list", { name: "Modifiers of Smash Burger" }).getByRole("listitem");
  await expect(modifiers).toHaveText(["⊘ No onion", "Extra cheese"]);
  await expect(onBoard).toContainText("“Cut in half”");

  const drawer = await details(page, order);
  await expect(drawer.getByRole("region", { name: "Customer" })).toContainText("+15550001111");
  await expect(drawer.getByRole("region", { name: "Fulfillment" })).toContainText("Green Subaru");
  const money = drawer.getByRole("region", { name: "Money" });
  for (const [label, value] of [
    ["Subtotal", "$26.90"],
    ["Tax", "$2.35"],
    ["Tip", "$1.00"],
    ["Fees", "$0.50"],
    ["Discount", "−$2.00"],
    ["Total", "$28.75"],
  ] as const) {
    await expect(money.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]")).toHaveText(value);
  }
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText("Order received");
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText("by Demo simulator");
  await drawer.getByRole("button", { name: "Close" }).click();
  await expect(drawer).toBeHidden();
});

test("an allergy note stands apart from other notes, with a warning sign", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup", body: { special_instructions: "Severe peanut allergy" } });
  await expect(card(page, order).getByText("Allergy: Severe peanut allergy")).toBeVisible();
  await expect(card(page, order)).toContainText("⚠");
  const plain = await postOrder({ fulfillment: "pickup", body: { special_instructions: "Ring the bell" } });
  await expect(card(page, plain).getByText("Note: Ring the bell")).toBeVisible();
});

test("a manager keeps a note on the customer's record, which the order detail shows with an allergy's warning", async ({ browser, postOrder }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, PEOPLE.maya);
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup", body: { customer: { external_id: `cust-${randomUUID()}`, first_name: "Noa", last_name: "Kim" } } });
  const record = (await details(page, order)).getByRole("group", { name: "Customer record" });
  await expect(record).toHaveText(/^1st order/);
  await record.getByRole("button", { name: "Add customer note" }).click();
  await record.getByRole("textbox", { name: "Customer note (allergies, preferences)" }).fill("  Peanut allergy  ");
  await record.getByRole("button", { name: "Save note" }).click();
  await expect(record).toContainText("1st order · note: Peanut allergy");
  await expect(record).toContainText("⚠");
  await expect(record.getByRole("textbox")).toHaveCount(0);
  await page.context().close();
});
