import { describe, expect, it } from "vitest";
import { ZMenuItemInput } from "@/server/domain/menu";
import { dishFormValues, EMPTY_DISH, menuItemForm } from "./menu-item-form";

const problems = (typed: Partial<typeof EMPTY_DISH>) => {
  const result = menuItemForm.safeParse({ ...EMPTY_DISH, ...typed });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the menu's dish form", () => {
  it("reads what a manager types into what the menu's API takes", () => {
    const dish = menuItemForm.parse({ name: " Harissa Bowl ", category: " ", price: "$12.5", stock: " 12 " });
    expect(dish).toEqual({ name: "Harissa Bowl", category: null, price_cents: 1250, stock: 12 });
    expect(ZMenuItemInput.parse(dish)).toEqual({ ...dish, platform_ids: {} });
    expect(menuItemForm.parse({ name: "Tea", category: "Drinks", price: "3", stock: "" })).toEqual({ name: "Tea", category: "Drinks", price_cents: 300, stock: null });
  });

  it("opens an edit on the dish as stored, and saves it unchanged", () => {
    const item = { name: "Tea", category: null, price_cents: 305, stock: 0 };
    expect(menuItemForm.parse(dishFormValues(item))).toEqual(item);
  });

  it("refuses, field by field, what the API would refuse", () => {
    expect(problems({ price: "twelve", stock: "a dozen" })).toEqual({
      name: "Give the dish a name",
      price: "Give the price in dollars, e.g. 12.50",
      stock: "Give the stock as a whole number of portions, or leave it blank not to count it",
    });
    expect(problems({ name: "Tea", price: "1", category: "x".repeat(81), stock: "1.5" })).toEqual({
      category: "A category is at most 80 characters",
      stock: "Give the stock as a whole number of portions, or leave it blank not to count it",
    });
    expect(problems({ name: "Tea", price: "12.505", stock: "2000000" })).toMatchObject({ price: expect.any(String), stock: expect.any(String) });
  });
});
