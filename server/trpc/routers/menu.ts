import { z } from "zod";
import { ZMenuItemChange, ZMenuItemInput } from "@/server/domain/menu";
import { ZItemAvailability } from "@/server/domain/store-controls";
import { toIso as iso } from "@/server/domain/time-zone";
import { ZApiMenuItem } from "@/server/rest/api-schemas";
import { addMenuItem, listMenu, updateMenuItem, type MenuItem } from "@/server/services/menu";
import { setItemAvailability } from "@/server/services/store-controls";
import { storeProcedure, ZId } from "../init";
import { restRoute } from "../rest-route";

const toApiItem = (item: MenuItem) => ({
  id: item.id,
  store_id: item.storeId,
  name: item.name,
  category: item.category,
  price_cents: item.priceCents,
  platform_ids: item.platformIds,
  available: item.available,
  unavailable_until: iso(item.unavailableUntil),
  stock: item.stock,
  updated_at: iso(item.updatedAt)!,
});

const TAG = { tag: "Stores" };

export const menuRouter = {
  list: storeProcedure("menu.read", "id")
    .meta(
      restRoute("GET", "/stores/{id}/items", "List a store's menu", {
        ...TAG,
        description: "Every dish the store's orders have named (learnt as they come in) or a manager added, by category then name, with each platform's id for it. Needs `stores:read`.",
      }),
    )
    .output(z.object({ items: z.array(ZApiMenuItem) }))
    .query(async ({ input }) => ({ items: (await listMenu(input.id)).map(toApiItem) })),
  add: storeProcedure("menu.write", "id")
    .meta(
      restRoute("POST", "/stores/{id}/items", "Add a dish to a store's menu", {
        ...TAG,
        description: "One dish per name per store, whatever the case: a name the menu has already is **409**. Needs `stores:write`.",
        refusals: [409],
        ok: "The dish as stored",
      }),
    )
    .input(ZMenuItemInput)
    .output(z.object({ item: ZApiMenuItem }))
    .mutation(async ({ ctx, input: { id, ...item } }) => {
      ctx.answer.status = 201;
      return { item: toApiItem(await addMenuItem(id, item)) };
    }),
  update: storeProcedure("menu.write", "id")
    .meta(
      restRoute("PATCH", "/stores/{id}/items/{itemId}", "Correct a dish of a store's menu", {
        ...TAG,
        description: "Only the fields sent change; orders coming in never overwrite them. Renaming to a name the menu has already is **409**. Needs `stores:write`.",
        refusals: [409, 422],
      }),
    )
    .input(ZMenuItemChange.extend({ itemId: ZId }))
    .output(z.object({ item: ZApiMenuItem }))
    .mutation(async ({ input: { id, itemId, ...change } }) => ({ item: toApiItem(await updateMenuItem(id, itemId, change)) })),
  availability: storeProcedure("controls.write", "id")
    .meta(
      restRoute("POST", "/stores/{id}/items/{itemId}/availability", "86 a dish, or put it back on", {
        ...TAG,
        description:
          "`{ available: false }` 86's the dish until turned back on; with `until` (an ISO 8601 time, or `end_of_day` for the store's local midnight) it comes back by itself then. `{ available: true }` puts it back. Every connected platform is told (notifications `item.unavailable` / `item.available`) and every board of the store shows it at once, flagging incoming orders that name it. A time past or over 7 days ahead is **422**. Needs `stores:write`.",
        refusals: [422],
      }),
    )
    .input(ZItemAvailability.extend({ itemId: ZId }))
    .output(z.object({ item: ZApiMenuItem }))
    .mutation(async ({ ctx, input: { id, itemId, ...change } }) => ({ item: toApiItem(await setItemAvailability(id, itemId, change, ctx.actor)) })),
};
