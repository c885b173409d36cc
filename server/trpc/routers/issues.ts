import { tracked } from "@trpc/server";
import { z } from "zod";
import { ZIssueMerge, ZNewIssue, ZVersionedIssueUpdate } from "@/server/domain/order-issue";
import { eventBus } from "@/server/events/bus";
import { toApiIssue } from "@/server/rest/api-issue";
import { ZApiIssueDetail, ZIssueAnswer, ZIssuePage } from "@/server/rest/api-schemas";
import { scopeOf } from "@/server/services/authorize";
import { issueEventsSince } from "@/server/services/events-since";
import { getIssue } from "@/server/services/get-issue";
import { countIssues, listIssues, ZIssueFilters, ZListIssues } from "@/server/services/list-issues";
import { reportIssue } from "@/server/services/report-issue";
import { mergeIssue } from "@/server/services/merge-issue";
import { livePrincipals } from "@/server/services/sessions";
import { updateIssue } from "@/server/services/update-issue";
import { issueProcedure, listProcedure, orderProcedure, personProcedure } from "../init";
import { restRoute } from "../rest-route";

const ISSUES = "Issues";
const iso = (ms: number) => new Date(ms).toISOString();

export const issuesRouter = {
  /** Staff report from the order, integrators from theirs: either way it is about an order of a store they work with. */
  report: orderProcedure("issues.report")
    .meta({
      ...restRoute("POST", "/orders/{id}/issues", "Report an issue with an order", {
        tag: ISSUES,
        description: "Missing or wrong items, quality, a late or damaged order; its files go to `POST /api/v1/issues/{id}/attachments`.",
        refusals: [422],
      }),
      created: "The issue is filed",
    })
    .input(ZNewIssue)
    .output(ZIssueAnswer)
    .mutation(async ({ ctx, input: { id, ...issue } }) => {
      const reported = await reportIssue({ orderId: id, issue, actor: ctx.actor });
      ctx.answer.status = 201;
      return { issue: toApiIssue(reported.issue!, reported.order) };
    }),
  list: listProcedure("issues.read")
    .meta(restRoute("GET", "/issues", "List issues", { tag: ISSUES, description: "Urgent first, then the oldest, a page at a time; only the stores the caller may see." }))
    .input(ZListIssues)
    .output(ZIssuePage)
    .query(async ({ ctx, input }) => {
      const { issues, nextCursor } = await listIssues(input, ctx.stores);
      return { issues: issues.map((issue) => toApiIssue(issue, issue.order)), next_cursor: nextCursor };
    }),
  get: issueProcedure("issues.read")
    .meta(restRoute("GET", "/issues/{id}", "Read an issue", { tag: ISSUES, description: "With its files and its whole log." }))
    .output(z.object({ issue: ZApiIssueDetail }))
    .query(async ({ input }) => {
      const issue = await getIssue(input.id);
      return {
        issue: {
          ...toApiIssue(issue, issue.order),
          attachments: issue.attachments.map((a) => ({ id: a.id, file_name: a.fileName, mime_type: a.mimeType, size_bytes: a.sizeBytes, created_by: a.createdBy })),
          log: issue.log.map((e) => ({ id: e.id, type: e.type, by: e.actorName, summary: (e.data?.summary as string | undefined) ?? null, comment: e.message, at: iso(e.createdAt) })),
        },
      };
    }),
  update: issueProcedure("issues.triage")
    .meta(
      restRoute("PATCH", "/issues/{id}", "Triage an issue", {
        tag: ISSUES,
        description: "Status (a resolution note to close it), priority, assignee, refund and comments, with `version` for concurrency.",
        refusals: [409, 422],
      }),
    )
    .input(ZVersionedIssueUpdate)
    .output(ZIssueAnswer)
    .mutation(async ({ ctx, input: { id, version, ...update } }) => {
      const updated = await updateIssue({ issueId: id, expectedVersion: version, update, actor: ctx.actor });
      return { issue: toApiIssue(updated.issue, updated.order) };
    }),
  merge: issueProcedure("issues.triage")
    .meta(
      restRoute("POST", "/issues/{id}/merge", "Merge a duplicate issue", {
        tag: ISSUES,
        description:
          "Folds issue `id`, a second report of the same order's problem, into issue `into`: its files move over, its lines join (the larger quantity wins), the kept issue takes its refund if it had none and the more pressing priority, and it is rejected as a duplicate. Both issues must be open or investigating. Answers the kept issue.",
        refusals: [409, 422],
      }),
    )
    .input(ZIssueMerge)
    .output(ZIssueAnswer)
    .mutation(async ({ ctx, input: { id, into, version } }) => {
      const merged = await mergeIssue({ issueId: id, into, expectedVersion: version, actor: ctx.actor });
      return { issue: toApiIssue(merged.kept, merged.order) };
    }),

  // The triage pages' own: the counts of their tabs, an issue with its order for its page, and their live feed.
  counts: listProcedure("issues.read")
    .input(ZIssueFilters.omit({ status: true }))
    .query(async ({ ctx, input }) => await countIssues(input, ctx.stores)),
  detail: issueProcedure("issues.read").query(async ({ input }) => await getIssue(input.id)),
  /** Every issue event of the stores the caller triages, resumable by id. */
  onIssueEvent: personProcedure
    .meta({ access: "issues.read" })
    .input(z.object({ lastEventId: z.coerce.number<number>().int().nonnegative().nullish() }))
    .use(async ({ ctx, next }) => next({ ctx: { stores: await scopeOf(ctx.principal, "issues.read", undefined) } }))
    .subscription(async function* ({ ctx, input, signal }) {
      const live = eventBus().listen(signal)[Symbol.asyncIterator]();
      const visible = (storeId: string) => ctx.stores === null || ctx.stores.includes(storeId);
      let cursor = input.lastEventId ?? null;
      if (cursor !== null) {
        for (const event of await issueEventsSince(cursor, ctx.stores)) {
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
          if (!(await livePrincipals([ctx.principal.sessionId])).has(ctx.principal.sessionId)) return;
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
