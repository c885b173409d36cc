import { z } from "zod";
import { isAdmin } from "@/server/domain/access";
import { getStore, listStores, updateStore } from "@/server/services/list-stores";
import { managerProcedure, signedInProcedure, storeProcedure } from "../init";

export const ZTimezone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Not a time zone: use an IANA name such as America/New_York");

export const storesRouter = {
  /** The stores the caller may open. */
  list: signedInProcedure.query(({ ctx }) =>
    listStores().filter((store) => isAdmin(ctx.principal) || ctx.principal.storeIds.includes(store.id)),
  ),
  byId: storeProcedure.query(({ input }) => getStore(input.storeId)),
  update: managerProcedure
    .input(z.object({ name: z.string().trim().min(1).max(80), timezone: ZTimezone }))
    .mutation(({ input }) => updateStore(input.storeId, { name: input.name, timezone: input.timezone })),
};
