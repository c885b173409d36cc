import { z } from "zod";
import { storesFor } from "@/server/domain/access";
import { ZLeadMinutes } from "@/server/domain/scheduling";
import { ZApiStore } from "@/server/rest/api-schemas";
import { authorize } from "@/server/services/authorize";
import { getStore, listStores, updateStore } from "@/server/services/list-stores";
import { actionProcedure, storeProcedure } from "../init";
import { restRoute } from "../rest-route";

export const ZTimezone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Not a time zone: use an IANA name such as America/New_York");

export const storesRouter = {
  /** The stores the caller may open (a person) or send orders to and read from (a token). */
  list: actionProcedure("orders.read")
    .meta(restRoute("GET", "/stores", "List stores", { tag: "Stores", description: "The stores this token may send orders to and read from." }))
    .use(async ({ ctx, next }) => next({ ctx: { stores: storesFor(await authorize(ctx.principal, "orders.read", null), "orders.read") } }))
    .output(z.object({ stores: z.array(ZApiStore) }))
    .query(async ({ ctx }) => ({
      stores: (await listStores())
        .filter((store) => ctx.stores === null || ctx.stores.includes(store.id))
        .map(({ id, name, timezone, schedulePrepMinutes, scheduleBufferMinutes }) => ({ id, name, timezone, schedule: { prep_minutes: schedulePrepMinutes, buffer_minutes: scheduleBufferMinutes } })),
    })),
  byId: storeProcedure("orders.read").query(async ({ input }) => await getStore(input.storeId)),
  update: storeProcedure("store.manage")
    .input(z.object({ name: z.string().trim().min(1).max(80), timezone: ZTimezone, schedulePrepMinutes: ZLeadMinutes.optional(), scheduleBufferMinutes: ZLeadMinutes.optional(), notPickedUpMinutes: z.int().min(5).max(24 * 60).optional() }))
    .mutation(async ({ input: { storeId, ...changes } }) => await updateStore(storeId, changes)),
};
