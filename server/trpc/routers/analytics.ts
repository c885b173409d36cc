import { getAnalytics, ZAnalyticsRange } from "@/server/services/get-analytics";
import { managerProcedure } from "../init";

export const analyticsRouter = {
  /** A store's figures for a range of its local days; per-person figures included, so managers only. */
  get: managerProcedure.input(ZAnalyticsRange).query(({ input: { storeId, ...range } }) => getAnalytics(storeId, range)),
};
