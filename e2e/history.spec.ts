import { expect, PEOPLE, signIn, test } from "./fixtures";

test("a manager filters history, opens an order, and exports exactly the filtered set; staff cannot reach it", async ({ browser, page, postOrder }) => {
  const surname = `Hx${Date.now().toString(36)}`;
  const orders = [
    await postOrder({ platform: "grubhub", body: { customer: { first_name: "Tess", last_name: surname } } }),
    await postOrder({ platform: "doordash", body: { customer: { first_name: "Ravi", last_name: surname } } }),
  ];
  const manager = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(manager, PEOPLE.maya);
  await manager.goto("/history?store=mission");
  await manager.getByRole("searchbox", { name: "Search" }).fill(surname);
  await expect(manager).toHaveURL(new RegExp(`q=${surname}`));
  const table = manager.getByRole("table", { name: "Orders" });
  for (const order of orders) await expect(table.getByRole("button", { name: `#${order.short_code}` })).toBeVisible();
  await manager.getByRole("combobox", { name: "Platform" }).selectOption("grubhub");
  await expect(table.getByRole("button", { name: `#${orders[1]!.short_code}` })).toHaveCount(0);
  // The order's row, and the totals row of the filtered set.
  await expect(table.getByRole("row")).toHaveCount(3);
  const totals = table.getByRole("row", { name: /^Totals/ });
  await expect(totals).toContainText("1 order");
  await expect(totals).toContainText(/\$\d+\.\d{2}/);
  // Statuses are several choices at once; the order is still Incoming.
  await manager.getByRole("button", { name: "Status: Any" }).click();
  const statuses = manager.getByRole("menu", { name: "Status" });
  await statuses.getByRole("menuitemcheckbox", { name: "Accepted" }).click();
  await expect(table.getByRole("button", { name: `#${orders[0]!.short_code}` })).toHaveCount(0);
  await expect(totals).toContainText("0 orders");
  await statuses.getByRole("menuitemcheckbox", { name: "Incoming" }).click();
  await manager.keyboard.press("Escape");
  await expect(manager.getByRole("button", { name: "Status: Incoming, Accepted" })).toBeVisible();
  await expect(manager).toHaveURL(/status=accepted%2Cincoming|status=accepted,incoming/);
  await expect(table.getByRole("button", { name: `#${orders[0]!.short_code}` })).toBeVisible();

  await table.getByRole("button", { name: `#${orders[0]!.short_code}` }).click();
  const drawer = manager.getByRole("dialog", { name: `Order ${orders[0]!.short_code} details` });
  await expect(drawer.getByRole("list", { name: "Timeline" })).toContainText("Order received");
  await expect(drawer.getByRole("button", { name: "Report issue" })).toHaveCount(0);
  await drawer.getByRole("button", { name: "Close" }).click();

  const [download] = await Promise.all([manager.waitForEvent("download"), manager.getByRole("link", { name: "Export CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString("utf8").trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`,${orders[0]!.short_code},grubhub,`);

  const reload = await manager.reload();
  expect(reload?.ok()).toBe(true);
  await expect(manager.getByRole("combobox", { name: "Platform" })).toHaveValue("grubhub");
  await manager.context().close();

  const denied = await page.goto("/history");
  expect(denied?.status()).toBe(403);
});

test("a manager reads the store's analytics as charts with tables; staff cannot reach them", async ({ browser, page, postOrder }) => {
  await postOrder({ platform: "luladirect" });
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, PEOPLE.maya);
  await manager.goto("/analytics?store=mission");
  await expect(manager.getByLabel("Totals")).toContainText(/Mission St, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(America\/Los_Angeles\): \d+ orders/);
  await expect(manager.getByRole("figure", { name: "Orders per day, stacked by platform" })).toBeVisible();
  const perDay = manager.getByRole("table", { name: "Orders and revenue per day" });
  await expect(perDay.getByRole("row")).toHaveCount(8);
  await expect(manager.getByRole("table", { name: "Orders by weekday and hour of day" })).toBeVisible();
  await expect(manager.getByRole("table", { name: "Speed, median and 90th percentile" })).toContainText("Time to accept");
  await manager.getByRole("button", { name: "30 days" }).click();
  await expect(manager).toHaveURL(/range=30d/);
  await expect(perDay.getByRole("row")).toHaveCount(31);
  await manager.context().close();

  expect((await page.goto("/analytics"))?.status()).toBe(403);
});

test("the analytics headline says the same numbers as the tables it sums up, and is judged against targets the manager sets", async ({ browser, postOrder }) => {
  await postOrder({ platform: "grubhub" });
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, PEOPLE.maya);
  await manager.goto("/analytics?store=mission&range=7d");
  const headline = manager.getByRole("region", { name: "Headline" });
  const figure = async (name: string) => (await headline.getByRole("listitem", { name }).locator("p").nth(1).textContent())!;
  const column = async (table: string, index: number) => manager.getByRole("table", { name: table }).locator("tbody tr").evaluateAll((rows, i) => rows.map((row) => row.children[i]!.textContent ?? ""), index);
  const dollars = (text: string) => Math.round(Number(text.replace(/[$,]/g, "")) * 100);
  await expect(headline.getByRole("listitem")).toHaveCount(6);

  const perDayOrders = (await column("Orders and revenue per day", 1)).reduce((sum, cell) => sum + Number(cell), 0);
  expect(Number(await figure("Orders"))).toBe(perDayOrders);
  await expect(manager.getByLabel("Totals")).toContainText(`${perDayOrders} orders`);
  const perDayRevenue = (await column("Orders and revenue per day", 7)).reduce((sum, cell) => sum + dollars(cell), 0);
  expect(dollars(await figure("Revenue"))).toBe(perDayRevenue);
  const speed = manager.getByRole("table", { name: "Speed, median and 90th percentile" }).getByRole("row", { name: /^Time to accept/ });
  expect(await figure("Median time to accept")).toBe(await speed.getByRole("cell").first().textContent());
  await expect(manager.getByText(/^Late \(ready after ready-by\): /)).toHaveText(`Late (ready after ready-by): ${await figure("Late rate")}`);
  await expect(manager.getByRole("region", { name: "Losses", exact: true })).toContainText(`unanswered over 5 minutes: ${await figure("Unanswered over 5 minutes")}`);

  // Targets: refused as typed when they are not numbers, then saved and applied.
  await headline.getByRole("button", { name: "Set targets" }).click();
  const dialog = manager.getByRole("dialog", { name: "Headline targets" });
  const unanswered = dialog.getByRole("textbox", { name: "Orders unanswered over 5 minutes: at most" });
  await unanswered.fill("lots");
  await dialog.getByRole("button", { name: "Save targets" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Give a number");
  await unanswered.fill("100000");
  await dialog.getByRole("button", { name: "Save targets" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("10,000 at most");
  await unanswered.fill("10000");
  await dialog.getByRole("button", { name: "Save targets" }).click();
  await expect(dialog).toBeHidden();
  await expect(headline.getByRole("listitem", { name: "Unanswered over 5 minutes" })).toContainText("On target (at most 10000)");
  // Back to the store's defaults, for the flows that run beside this one.
  await headline.getByRole("button", { name: "Set targets" }).click();
  await unanswered.fill("0");
  await dialog.getByRole("button", { name: "Save targets" }).click();
  await expect(headline.getByRole("listitem", { name: "Unanswered over 5 minutes" })).toContainText("(at most 0)");
  await manager.context().close();
});
