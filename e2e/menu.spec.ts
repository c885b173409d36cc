import { randomUUID } from "node:crypto";
import { expect, PEOPLE, signIn, test } from "./fixtures";

test("a manager adds a dish and corrects its price; staff read the menu, learnt from the orders, without editing it", async ({ page, postOrder, browser }) => {
  const dish = `Harissa Bowl ${randomUUID().slice(0, 6)}`;
  await postOrder({ body: { items: [{ name: "Menu Test Wrap", quantity: 1, unit_price_cents: 1100, external_id: "mt-wrap", modifiers: [] }], money: { subtotal_cents: 1100, tax_cents: 0, tip_cents: 0, fees_cents: 0, discount_cents: 0, total_cents: 1100 } } });

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, PEOPLE.maya);
  await manager.goto("/stores/mission/menu");
  const menu = manager.getByRole("table", { name: "The menu of this store" });
  await expect(menu.getByRole("row", { name: /Menu Test Wrap/ })).toContainText("$11.00");

  const add = manager.getByRole("form", { name: "Add a dish" });
  await add.getByLabel("Dish").fill(dish);
  await add.getByLabel("Category").fill("Bowls");
  await add.getByLabel("Price ($)").fill("twelve");
  await add.getByRole("button", { name: "Add dish" }).click();
  await expect(add.getByLabel("Price ($)")).toHaveAccessibleDescription("Give the price in dollars, e.g. 12.50");
  await expect(add.getByLabel("Dish")).not.toHaveAttribute("aria-invalid", "true");
  await add.getByLabel("Price ($)").fill("12.50");
  await add.getByRole("button", { name: "Add dish" }).click();
  await expect(menu.getByRole("row", { name: new RegExp(dish) })).toContainText("$12.50");
  await expect(add.getByLabel("Dish")).toHaveValue("");

  // The same dish again, whatever its case: the server refuses it, and the form says why.
  await add.getByLabel("Dish").fill(dish.toUpperCase());
  await add.getByLabel("Price ($)").fill("1");
  await add.getByRole("button", { name: "Add dish" }).click();
  await expect(add.getByRole("alert")).toContainText(`The menu has "${dish.toUpperCase()}" already`);

  await menu.getByRole("button", { name: `Edit ${dish}` }).click();
  const edit = manager.getByRole("form", { name: `Edit ${dish}` });
  await edit.getByLabel("Price ($)").fill("13");
  await edit.getByLabel("Stock (blank: not counted)").fill("a dozen");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByLabel("Stock (blank: not counted)")).toHaveAccessibleDescription("Give the stock as a whole number of portions, or leave it blank not to count it");
  await edit.getByLabel("Stock (blank: not counted)").fill("12");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(menu.getByRole("row", { name: new RegExp(dish) })).toContainText("$13.00");
  await expect(menu.getByRole("row", { name: new RegExp(dish) }).getByRole("cell").nth(2)).toHaveText("12");

  await page.goto("/stores/mission/menu");
  const staffView = page.getByRole("table", { name: "The menu of this store" });
  await expect(staffView.getByRole("row", { name: new RegExp(dish) })).toContainText("$13.00");
  await expect(page.getByRole("button", { name: `Edit ${dish}` })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Add a dish" })).toHaveCount(0);
  await manager.context().close();
});
