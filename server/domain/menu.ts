import { z } from "zod";
import { ZCents } from "./money";
import { ZPlatform, type Platform } from "./platforms";

/** One dish of a store's menu, as each platform names it: the platforms' item ids by platform. */
export type PlatformItemIds = Partial<Record<Platform, string>>;

const FIELDS = {
  name: z.string().trim().min(1).max(200).describe("The dish as the kitchen and the tickets name it"),
  category: z.string().trim().min(1).max(80).nullable().describe("Where it sits on the menu: Burgers, Drinks, …"),
  price_cents: ZCents.describe("Its price in cents, before modifiers"),
  platform_ids: z.partialRecord(ZPlatform, z.string().trim().min(1).max(100)).describe("Each platform's id of this item, as its orders carry it"),
  stock: z.int().min(0).max(1_000_000).nullable().describe("Portions left, if the store counts them: each accepted order takes its own, a cancelled one gives them back, and at 0 the dish 86's itself; null: not counted"),
};

export const ZMenuItemInput = z.object({ ...FIELDS, category: FIELDS.category.default(null), platform_ids: FIELDS.platform_ids.default({}), stock: FIELDS.stock.default(null) });
export type MenuItemInput = z.infer<typeof ZMenuItemInput>;

/** A change names only what changes: nothing left out is reset. */
export const ZMenuItemChange = z.object(FIELDS).partial();
export type MenuItemChange = z.infer<typeof ZMenuItemChange>;

/** How a store's menu tells dishes apart: one dish whatever the case and spacing of its name. */
export function menuKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

type SeenLine = { name: string; external_id?: string; unit_price_cents: number };

/**
 * What an order teaches the menu: each dish it names once (the first line of a name wins), with the
 * price it was sold at and the platform's id for it.
 */
export function dishesOf(platform: Platform, lines: readonly SeenLine[]) {
  const dishes = new Map<string, { key: string; name: string; priceCents: number; platformIds: PlatformItemIds }>();
  for (const line of lines) {
    const key = menuKey(line.name);
    const known = dishes.get(key);
    if (known) {
      if (line.external_id && !known.platformIds[platform]) known.platformIds[platform] = line.external_id;
      continue;
    }
    dishes.set(key, { key, name: line.name.trim(), priceCents: line.unit_price_cents, platformIds: line.external_id ? { [platform]: line.external_id } : {} });
  }
  return [...dishes.values()];
}
