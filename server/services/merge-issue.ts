import "server-only";
import { and, eq } from "drizzle-orm";
import { transaction } from "@/db/client";
import { issueAttachments, orderIssues } from "@/db/schema";
import { NotFound, VersionConflict } from "@/server/domain/errors";
import { assertMergeable, mergeAffectedItems, morePressing } from "@/server/domain/order-issue";
import type { Actor } from "./actor";
import { loadIssue, publish, publishIssueEvents, recordIssueEvent } from "./issue-events";
import { loadOrderView } from "./order-views";

type MergeOptions = { issueId: number; into: number; expectedVersion: number; actor: Actor };

/**
 * Folds a duplicate report into the issue that stays: the duplicate's files move over, its lines join
 * the kept issue's (the larger quantity wins), the kept issue takes a refund if it had none and the
 * more pressing priority; the duplicate is rejected as "Duplicate of issue N". Both logs say so, in
 * one transaction; a stale version of either changes nothing.
 */
export async function mergeIssue({ issueId, into, expectedVersion, actor }: MergeOptions) {
  const messages = await transaction(
    async (tx) => {
      const duplicate = await loadIssue(tx, issueId);
      const conflict = async () => new VersionConflict({ ...(await loadIssue(tx, issueId)), order: await loadOrderView(duplicate.orderId) });
      if (duplicate.version !== expectedVersion) throw await conflict();
      const kept = await loadIssue(tx, into).catch(() => null);
      // An issue of another store is none of the caller's business: it does not exist for them.
      if (!kept || kept.storeId !== duplicate.storeId) throw new NotFound(`Issue ${into} does not exist`);
      assertMergeable(duplicate, kept);
      const now = Date.now();

      const moved = await tx.update(issueAttachments).set({ issueId: kept.id }).where(eq(issueAttachments.issueId, duplicate.id)).returning({ id: issueAttachments.id });
      const closed = await tx
        .update(orderIssues)
        .set({ status: "rejected", resolutionNote: `Duplicate of issue ${kept.id}`, version: duplicate.version + 1, updatedAt: now })
        .where(and(eq(orderIssues.id, duplicate.id), eq(orderIssues.version, duplicate.version)))
        .returning({ id: orderIssues.id });
      const grown = await tx
        .update(orderIssues)
        .set({
          affectedItems: mergeAffectedItems(kept.affectedItems, duplicate.affectedItems),
          refundCents: kept.refundCents ?? duplicate.refundCents,
          priority: morePressing(kept.priority, duplicate.priority),
          version: kept.version + 1,
          updatedAt: now,
        })
        .where(and(eq(orderIssues.id, kept.id), eq(orderIssues.version, kept.version)))
        .returning({ id: orderIssues.id });
      if (closed.length !== 1 || grown.length !== 1) throw await conflict();

      const files = moved.length === 1 ? "1 file" : `${moved.length} files`;
      const closing = await recordIssueEvent(duplicate, { type: "issue_updated", data: { issueId: duplicate.id, summary: `Merged into issue ${kept.id} as a duplicate (${files} moved)` } }, actor, now);
      const keeping = await recordIssueEvent(kept, { type: "issue_updated", data: { issueId: kept.id, summary: `Issue ${duplicate.id} merged here as a duplicate (${files} moved)` } }, actor, now);
      return [...(await publishIssueEvents(tx, duplicate.id, [closing])), ...(await publishIssueEvents(tx, kept.id, [keeping]))];
    },
    { write: true },
  );
  publish(messages);
  const [closed, kept] = messages;
  return { duplicate: closed!.issue!, kept: kept!.issue!, order: kept!.order };
}
