import { z } from "zod";
import { typedField } from "@/components/ui/typed-field";
import { centsFromDollars } from "@/server/domain/money";
import { ZMenuItemInput } from "@/server/domain/menu";

const { name, category, price_cents, stock } = ZMenuItemInput.shape;

/** Blank is not counted (null); anything but whole digits is NaN, which the stock's rule refuses. */
const readStock = (text: string) => (text.trim() === "" ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** A dish as a manager types it (add or edit), read into what the menu's API takes, by its own rules. */
export const menuItemForm = z
  .object({
    name: typedField(name, (text) => text, "Give the dish a name"),
    category: typedField(category.unwrap(), (text) => text.trim() || null, "A category is at most 80 characters"),
    price: typedField(price_cents, (text) => centsFromDollars(text) ?? Number.NaN, "Give the price in dollars, e.g. 12.50"),
    stock: typedField(stock.unwrap(), readStock, "Give the stock as a whole number of portions, or leave it blank not to count it"),
  })
  .transform(({ price, ...dish }) => ({ ...dish, price_cents: price }));
export type MenuFormValues = z.input<typeof menuItemForm>;
export type MenuItemDraft = z.output<typeof menuItemForm>;

export const EMPTY_DISH: MenuFormValues = { name: "", category: "", price: "", stock: "" };

/** A dish of the menu as its edit row opens. */
export const dishFormValues = (item: { name: string; category: string | null; price_cents: number; stock: number | null }): MenuFormValues => ({
  name: item.name,
  category: item.category ?? "",
  price: (item.price_cents / 100).toFixed(2),
  stock: item.stock === null ? "" : String(item.stock),
});
