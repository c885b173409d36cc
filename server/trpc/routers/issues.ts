import { tracked } from "@trpc/server";
import { and, asc, gt, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { orderEvents } from "@/db/schema";
import { isAdmin } from "@/server/domain/access";
import { Forbidden } from "@/server/domain/errors";
import { ZIssueUpdate, ZNewIssue } from "@/server/domain/order-issue";
import { eventBus } from "@/server/events/bus";
import { getIssue, issueStoreId } from "@/server/services/get-issue";
import { countIssues, listIssues, ZIssueFilters, ZListIssues } from "@/server/services/list-issues";
import { reportIssue } from "@/server/services/report-issue";
import { livePrincipals } from "@/server/services/sessions";
import { updateIssue } from "@/server/services/update-issue";
import { assertCanManageStore, orderProcedure, signedInProcedure } from "../init";

/** Managers triage the issues of the stores they manage; admins those of every store. */
const triageProcedure = signedInProcedure.use(({ ctx, next }) => {
  const { principal } = ctx;
  if (!isAdmin(principal) && principal.role !== "manager") throw new Forbidden("Only managers and admins triage issues");
  return next({ ctx: { stores: isAdmin(principal) ? null : principal.storeIds } });
});
const scopedTriage = triageProcedure.input(z.object({ storeId: z.string().min(1).optional() })).use(({ ctx, input, next }) => {
  if (input.storeId) assertCanManageStore(ctx.principal, input.storeId);
  return next();
});
const issueProcedure = signedInProcedure.input(z.object({ issueId: z.int().positive() })).use(({ ctx, input, next }) => {
  assertCanManageStore(ctx.principal, issueStoreId(input.issueId));
  return next();
});

export const issuesRouter = {
  /** Staff report from the order: orderProcedure checks they work at its store. */
  report: orderProcedure.input(ZNewIssue).mutation(({ ctx, input: { id, ...issue } }) => {
    const { event, issue: reported } = reportIssue({ orderId: id, issue, actor: ctx.actor });
    return { event, issue: reported! };
  }),
  list: scopedTriage.input(ZListIssues).query(({ ctx, input }) => listIssues(input, ctx.stores)),
  counts: scopedTriage.input(ZIssueFilters.omit({ status: true })).query(({ ctx, input }) => countIssues(input, ctx.stores)),
  byId: issueProcedure.query(({ input }) => getIssue(input.issueId)),
  update: issueProcedure
    .input(z.object({ version: z.int().positive() }).and(ZIssueUpdate))
    .mutation(({ ctx, input: { issueId, version, ...update } }) => updateIssue({ issueId, expectedVersion: version, update, actor: ctx.actor })),
  /** Triage pages' live feed: every issue event of the stores the caller triages, resumable by id. */
  onIssueEvent: triageProcedure.input(z.object({ lastEventId: z.coerce.number().int().nonnegative().nullish() })).subscription(async function* ({ ctx, input, signal }) {
    const live = eventBus().listen(signal)[Symbol.asyncIterator]();
    const visible = (storeId: string) => ctx.stores === null || ctx.stores.includes(storeId);
    let cursor = input.lastEventId ?? null;
    if (cursor !== null) {
      const missed = getDb()
        .select({ id: orderEvents.id, storeId: orderEvents.storeId, issueId: orderEvents.issueId })
        .from(orderEvents)
        .where(and(gt(orderEvents.id, cursor), isNotNull(orderEvents.issueId), ctx.stores === null ? undefined : inArray(orderEvents.storeId, ctx.stores)))
        .orderBy(asc(orderEvents.id))
        .all();
      for (const event of missed) {
        cursor = event.id;
        yield tracked(String(event.id), { issueId: event.issueId! });
      }
    }
    try {
      while (!signal?.aborted) {
        const next = await live.next();
        if (next.done) return;
        const { event } = next.value;
        if (event.issueId === null || !visible(event.storeId) || (cursor !== null && event.id <= cursor)) continue;
        // The feed ends with the session that opened it (signed out, deactivated, PIN reset, idle).
        if (!livePrincipals([ctx.principal.sessionId]).has(ctx.principal.sessionId)) return;
        cursor = event.id;
        yield tracked(String(event.id), { issueId: event.issueId });
      }
    } catch (error) {
      if (!signal?.aborted) throw error;
    } finally {
      await live.return?.();
    }
  }),
};
