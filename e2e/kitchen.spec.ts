import type { Page } from "@playwright/test";
import { acceptWith, card, column, details, expect, fromMenu, openBoard, test, tick, type ApiOrder } from "./fixtures";

test("a substitution with a reason on tablet A shows as Changed, with who and why, on tablet B until acknowledged", async ({ tablets: [tabletA, tabletB], postOrder }) => {
  const order = await postOrder({
    fulfillment: "pickup",
    body: {
      items: [
        { name: "Smash Burger", quantity: 1, unit_price_cents: 1195 },
        { name: "Fries", quantity: 2, unit_price_cents: 450 },
      ],
      money: { currency: "USD", subtotal_cents: 2095, tax_cents: 183, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 2278 },
    },
  });
  await acceptWith(tabletA, order, "15 min");

  const drawer = await details(tabletA, order);
  await drawer.getByRole("button", { name: "Substitute 2 × Fries" }).click();
  const dialog = tabletA.getByRole("dialog", { name: /^Substitute: 2 × Fries/ });
  await dialog.getByRole("textbox", { name: "Substitute with" }).fill("Side salad");
  await dialog.getByRole("textbox", { name: /Unit price/ }).fill("5.50");
  await dialog.getByRole("spinbutton", { name: "Quantity" }).fill("2");
  await dialog.getByRole("radio", { name: "Out of stock" }).check();
  await dialog.getByRole("textbox", { name: /Message/ }).fill("Fryer is down");
  await dialog.getByRole("button", { name: "Save change" }).click();
  await expect(drawer.getByRole("listitem", { name: "Removed: 2 × Fries" })).toBeVisible();
  // 1195 + 1100 = 2295, tax at 183/2095 → 200.
  await expect(drawer.getByRole("region", { name: "Money" })).toContainText("$24.95");

  const onB = card(column(tabletB, "Accepted"), order);
  const changes = onB.getByRole("region", { name: "Changes" });
  await expect(changes).toContainText("Substituted 2 × Fries with 2 × Side salad");
  await expect(changes).toContainText("Sam Rivera, Out of stock: Fryer is down");
  await expect(onB.getByRole("listitem", { name: "Removed: 2 × Fries" })).toBeVisible();

  await changes.getByRole("button", { name: "Acknowledge change" }).click();
  await expect(card(tabletA, order).getByRole("region", { name: "Changes" })).toHaveCount(0);
  await expect(onB.getByRole("region", { name: "Changes" })).toHaveCount(0);
});

test("a substitute keeps the replaced line's modifiers and note unless staff clear them", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({
    fulfillment: "pickup",
    body: {
      items: [
        {
          name: "Smash Burger",
          quantity: 1,
          unit_price_cents: 1195,
          modifiers: [
            { name: "Onion", action: "remove" },
            { name: "Cheese", action: "extra", price_cents: 150 },
          ],
          special_instructions: "Cut in half",
        },
      ],
      money: { currency: "USD", subtotal_cents: 1345, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 1345 },
    },
  });
  await acceptWith(page, order, "15 min");
  const drawer = await details(page, order);
  await drawer.getByRole("button", { name: "Substitute 1 × Smash Burger" }).click();
  const dialog = page.getByRole("dialog", { name: /^Substitute: 1 × Smash Burger/ });
  await expect(dialog.getByRole("checkbox", { name: "Keep No onion · Extra cheese · “Cut in half”" })).toBeChecked();
  await dialog.getByRole("textbox", { name: "Substitute with" }).fill("Veggie Burger");
  await dialog.getByRole("button", { name: "Save change" }).click();
  const substitute = drawer.getByRole("listitem", { name: "1 × Veggie Burger" });
  await expect(substitute.getByRole("list", { name: "Modifiers of Veggie Burger" }).getByRole("listitem")).toHaveText(["⊘ No onion", "Extra cheese"]);
  await expect(substitute).toContainText("“Cut in half”");
});

test("bag check: Ready waits for every line to be ticked, ticks are shared and struck through, and Ready anyway is logged", async ({ tablets: [tabletA, tabletB], postOrder }) => {
  // Two tablets, a dozen steps and an undo window, on a board the whole suite has filled: near a minute on two cores.
  test.slow();  const body = {
    items: [
      { name: "Veggie Bowl", quantity: 1, unit_price_cents: 1250 },
      { name: "Lemonade", quantity: 2, unit_price_cents: 350 },
    ],
    money: { currency: "USD", subtotal_cents: 1950, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 1950 },
  };
  const ticked = await postOrder({ fulfillment: "pickup", body });
  const anyway = await postOrder({ fulfillment: "pickup", body });
  for (const order of [ticked, anyway]) {
    await acceptWith(tabletA, order, "10 min");
    await card(column(tabletA, "Accepted"), order).getByRole("button", { name: "Start bagging" }).click();
  }

  const bagA = card(column(tabletA, "Bagging"), ticked);
  await expect(bagA.getByRole("button", { name: "Mark ready" })).toBeDisabled();
  await tick(bagA.getByRole("checkbox", { name: "Packed 1 × Veggie Bowl" }));
  await expect(card(tabletB, ticked).getByRole("checkbox", { name: "Packed 1 × Veggie Bowl" })).toBeChecked();
  await expect(card(tabletB, ticked).getByText("1 × Veggie Bowl", { exact: true })).toHaveCSS("text-decoration-line", "line-through");
  await expect(bagA.getByRole("button", { name: "Mark ready" })).toBeDisabled();
  await tick(card(tabletB, ticked).getByRole("checkbox", { name: "Packed 2 × Lemonade" }));
  await expect(bagA.getByRole("button", { name: "Mark ready" })).toBeEnabled();
  await bagA.getByRole("button", { name: "Mark ready" }).click();
  await expect(card(column(tabletB, "Ready"), ticked)).toBeVisible();

  await fromMenu(tabletA, anyway, "Ready anyway");
  await expect(card(column(tabletA, "Ready"), anyway)).toBeVisible();
  const drawer = await details(tabletA, anyway);
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText("Ready anyway, unticked: 1 × Veggie Bowl, 2 × Lemonade");
});

test("all-day counts follow orders as they are accepted and leave the kitchen", async ({ page, postOrder }) => {
  await openBoard(page);
  const dish = `Pie ${Date.now().toString(36)}`;
  const order = await postOrder({
    fulfillment: "pickup",
    body: {
      items: [{ name: dish, quantity: 3, unit_price_cents: 500, modifiers: [{ name: "Cream", action: "extra", price_cents: 0 }] }],
      money: { currency: "USD", subtotal_cents: 1500, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 1500 },
    },
  });
  await page.getByRole("button", { name: "All-day counts" }).click();
  const panel = page.getByRole("region", { name: "All-day counts" });
  await expect(panel).toBeVisible();
  await expect(card(page, order)).toBeVisible();
  await expect(panel.getByRole("listitem", { name: `3 × ${dish}` })).toHaveCount(0);
  await acceptWith(page, order, "10 min");
  await expect(panel.getByRole("listitem", { name: `3 × ${dish}` })).toContainText("3 Extra cream");
  await fromMenu(page, order, "Mark ready");
  await expect(panel.getByRole("listitem", { name: `3 × ${dish}` })).toHaveCount(0);
});

test("a new prep time after acceptance shows on every tablet", async ({ tablets: [tabletA, tabletB], postOrder }) => {
  const order = await postOrder({ fulfillment: "pickup" });
  await acceptWith(tabletA, order, "10 min");
  await expect(card(tabletB, order)).toContainText(/Due in (9|10) min/);
  const drawer = await details(tabletA, order);
  await drawer.getByRole("button", { name: "Change prep time" }).click();
  const dialog = tabletA.getByRole("dialog", { name: `New prep time for order ${order.short_code}` });
  await dialog.getByRole("radio", { name: "30 min", exact: true }).check();
  await dialog.getByRole("button", { name: "Save prep time" }).click();
  await expect(card(tabletB, order)).toContainText(/Due in (29|30) min/);
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText("Prep time changed");
});

test("a ticket prints on 80 mm paper with only the order on it", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "curbside", body: { special_instructions: "Honk twice" } });
  const ticket = await printed(page, order);
  await expect(ticket).toContainText(`#${order.short_code}`);
  await expect(ticket).toContainText("Curbside");
  await expect(ticket).toContainText("Note: Honk twice");
  await expect(page.getByRole("heading", { name: "Mission St" })).toBeHidden();
  const widthMm = await ticket.evaluate((element) => element.getBoundingClientRect().width / (96 / 25.4));
  expect(Math.round(widthMm)).toBe(74);
});

test("a dine-in ticket and card name the table", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "dine_in", body: { fulfillment: { type: "dine_in", table: "12" } } });
  await expect(card(page, order)).toContainText("Dine-in · Table 12");
  await expect(await printed(page, order)).toContainText("Dine-in · Table 12");
});

/** Prints an order's ticket from its card and shows the page as the printer sees it. */
async function printed(page: Page, order: ApiOrder) {
  await page.evaluate(() => {
    window.print = () => {}; // no print dialog in a test; the ticket's content and print styles are what matter
  });
  await fromMenu(page, order, "Print");
  const ticket = page.locator(".print-ticket");
  await expect(ticket).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(ticket).toBeVisible();
  return ticket;
}

test("a photo of the packed bag is kept with the order; anything but an image is refused", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  await acceptWith(page, order, "10 min");
  await card(column(page, "Accepted"), order).getByRole("button", { name: "Start bagging" }).click();
  const drawer = await details(page, order);
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
  await drawer.getByLabel("Add bag photo").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("plain text, not an image") });
  await expect(drawer.getByRole("alert")).toHaveText("Only JPEG, PNG or WebP files can be kept");
  await drawer.getByLabel("Add bag photo").setInputFiles({ name: "bag.png", mimeType: "image/png", buffer: png });
  await expect(drawer.getByRole("list", { name: "Bag photos" }).getByRole("img", { name: /^Bag photo by Sam Rivera/ })).toHaveCount(1);
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText("Bag photo added");
});
