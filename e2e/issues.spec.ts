import { acceptWith, alertText, details, expect, openBoard, PEOPLE, signIn, test } from "./fixtures";

test("staff report a missing item with a photo; a manager sees it live, resolves it with a note and refund; the timeline shows both", async ({ browser, page, postOrder }) => {
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, PEOPLE.maya);
  await manager.goto("/issues?status=open");
  await expect(manager.getByRole("button", { name: /^Open: \d+/ })).toBeVisible();

  await openBoard(page);
  const order = await postOrder({
    fulfillment: "delivery",
    body: {
      items: [
        { name: "Smash Burger", quantity: 2, unit_price_cents: 1195 },
        { name: "Fries", quantity: 1, unit_price_cents: 450 },
      ],
      money: { currency: "USD", subtotal_cents: 2840, tax_cents: 248, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 3088 },
    },
  });
  await acceptWith(page, order, "10 min");
  const drawer = await details(page, order);
  await drawer.getByRole("button", { name: "Report issue" }).click();

  const form = page.getByRole("dialog", { name: `Report an issue with order ${order.short_code}` });
  await form.getByRole("button", { name: "Report issue" }).click();
  await expect(form.getByText("Choose what went wrong")).toBeVisible();
  const description = `Fries missing from bag ${order.short_code}`;
  await form.getByRole("textbox", { name: "Description" }).fill(description);
  await form.getByRole("radio", { name: "Missing items" }).check();
  await expect(form.getByRole("combobox", { name: "Priority" })).toHaveValue("high");
  await form.getByRole("checkbox", { name: "1 × Fries" }).check();
  await form.getByRole("textbox", { name: /Refund/ }).fill("4.50");
  await form.getByLabel(/Photos or files/).setInputFiles({
    name: "bag.png",
    mimeType: "image/png",
    buffer: Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"),
  });
  await expect(form.getByRole("textbox", { name: "Description" })).toHaveValue(description);
  await form.getByRole("button", { name: "Report issue" }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => alertText(page)).toContain(description);

  const row = manager.getByRole("row", { name: new RegExp(description) });
  await expect(row).toContainText("High");
  await expect(row).toContainText("Mission St");
  await expect(row.getByRole("link", { name: `Order ${order.short_code} in history` })).toBeVisible();
  await row.getByRole("link", { name: new RegExp(description) }).click();
  await expect(manager.getByRole("heading", { name: `Missing items on order #${order.short_code}` })).toBeVisible();
  await expect(manager.getByLabel("Issue status")).toContainText("Mission St");
  await expect(manager.getByRole("region", { name: "Affected items" })).toContainText("1 × Fries");
  await expect(manager.getByRole("img", { name: /Photo bag.png by Sam Rivera/ })).toBeVisible();
  // The bag as it was packed, beside what was reported: none taken for this order.
  await expect(manager.getByRole("region", { name: "Bag photos" })).toContainText("None taken when the bag was packed");

  const update = manager.getByRole("form", { name: "Update the issue" });
  await update.getByRole("combobox", { name: "Status" }).selectOption("resolved");
  await update.getByRole("button", { name: "Save changes" }).click();
  await expect(update.getByRole("alert")).toHaveText("Write a resolution note to mark the issue resolved");
  await update.getByRole("textbox", { name: /Resolution note/ }).fill("Refunded the fries");
  await update.getByRole("textbox", { name: /Refund/ }).fill("4.50");
  await update.getByRole("button", { name: "Save changes" }).click();
  await expect(manager.getByLabel("Issue status")).toContainText("Resolved");
  await expect(manager.getByRole("region", { name: "Log" })).toContainText("Status: Open → Resolved");

  // The order's line in the history flags the issue and leads back to it.
  await manager.getByRole("link", { name: `Order #${order.short_code} in history` }).click();
  const historyRow = manager.getByRole("row", { name: new RegExp(`#${order.short_code}`) });
  await historyRow.getByRole("link", { name: `Issues of order ${order.short_code}` }).click();
  await expect(manager.getByRole("row", { name: new RegExp(description) })).toContainText("Resolved");

  await expect.poll(() => alertText(page)).not.toContain(description);
  const timeline = drawer.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Issue reported");
  await expect(timeline.getByRole("listitem").filter({ hasText: "Status: Open → Resolved" })).toContainText("by Maya Patel");
  await manager.context().close();
});

test("a file refused after the issue was filed is retried alone: a second tap never files the issue twice", async ({ page, postOrder }) => {
  await openBoard(page);
  const order = await postOrder({ fulfillment: "pickup" });
  const drawer = await details(page, order);
  await drawer.getByRole("button", { name: "Report issue" }).click();
  const form = page.getByRole("dialog", { name: `Report an issue with order ${order.short_code}` });
  await form.getByRole("radio", { name: "Quality" }).check();
  await form.getByRole("textbox", { name: "Description" }).fill("Soggy");
  await form.getByLabel(/Photos or files/).setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await form.getByRole("button", { name: "Report issue" }).click();
  await expect(form.getByText(/The issue was reported, but not every file was kept/)).toBeVisible();

  await form.getByLabel(/Photos or files/).setInputFiles({ name: "bag.png", mimeType: "image/png", buffer: Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex") });
  await form.getByRole("button", { name: "Add files to the issue" }).click();
  await expect(form).toBeHidden();
  const timeline = drawer.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByRole("listitem").filter({ hasText: "Issue attachment added" })).toHaveCount(1);
  await expect(timeline.getByRole("listitem").filter({ hasText: "Issue reported" })).toHaveCount(1);
});

test("a second report of the same problem is merged into the first: its files move there and it is closed as a duplicate", async ({ browser, postOrder }) => {
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, PEOPLE.maya);
  const order = await postOrder({ fulfillment: "pickup" });
  const report = async (description: string) => {
    const response = await manager.request.post("/api/trpc/issues.report", { data: { id: order.id, type: "missing_items", description } });
    expect(response.ok(), await response.text()).toBe(true);
    return ((await response.json()) as { result: { data: { issue: { id: number } } } }).result.data.issue.id;
  };
  const first = await report(`No drinks in ${order.short_code}`);
  const second = await report(`Drinks missing from ${order.short_code}`);
  const upload = await manager.request.post(`/api/issues/${second}/attachments`, {
    multipart: { file: { name: "receipt.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 receipt") } },
  });
  expect(upload.status(), await upload.text()).toBe(201);

  await manager.goto(`/issues/${second}`);
  const merge = manager.getByRole("form", { name: "Merge as a duplicate" });
  await expect(merge.getByRole("combobox", { name: "Duplicate of" })).toHaveValue(String(first));
  await merge.getByRole("button", { name: `Merge into issue ${first}` }).click();

  await expect(manager).toHaveURL(new RegExp(`/issues/${first}$`));
  await expect(manager.getByRole("region", { name: "Files" })).toContainText("receipt.pdf");
  await expect(manager.getByRole("region", { name: "Log" })).toContainText(`Issue ${second} merged here as a duplicate (1 file moved)`);
  await manager.goto(`/issues/${second}`);
  await expect(manager.getByLabel("Issue status")).toContainText("Rejected");
  await expect(manager.getByText(`Resolution: Duplicate of issue ${first}`)).toBeVisible();
  await expect(manager.getByRole("form", { name: "Merge as a duplicate" })).toHaveCount(0);
  await manager.context().close();
});
