import { z } from "zod";
import { getStore, listStores } from "@/server/services/list-stores";
import { publicProcedure } from "../init";

export const storesRouter = {
  list: publicProcedure.query(() => listStores()),
  byId: publicProcedure.input(z.object({ storeId: z.string().min(1) })).query(({ input }) => getStore(input.storeId)),
};
