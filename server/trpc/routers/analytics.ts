import { ZHeadlineTargets } from "@/server/domain/headline";
import { getAnalytics, setHeadlineTargets, ZAnalyticsRange } from "@/server/services/get-analytics";
import { storeProcedure } from "../init";

export const analyticsRouter = {
  /** A store's figures for a range of its local days; per-person figures included, so managers only. */
  get: storeProcedure("store.manage")
    .input(ZAnalyticsRange)
    .query(async ({ input: { storeId, ...range } }) => await getAnalytics(storeId, range)),
  /** The limits the store's analytics headline is held to. */
  setTargets: storeProcedure("store.manage")
    .input(ZHeadlineTargets)
    .mutation(async ({ input: { storeId, ...targets } }) => await setHeadlineTargets(storeId, targets)),
};
