import { describe, expect, it } from "vitest";
import { InvalidRequest, NotFound, VersionConflict } from "@/server/domain/errors";
import { ZNewIssue } from "@/server/domain/order-issue";
import { duplicateReports, makeStore, orderInput } from "@/test-support/orders";
import { rejected } from "@/test-support/refusals";
import { SYSTEM_ACTOR, type Actor } from "./actor";
import { addIssueAttachment } from "./add-issue-attachment";
import { createOrder } from "./create-order";
import { getIssue } from "./get-issue";
import { mergeIssue } from "./merge-issue";
import { reportIssue } from "./report-issue";
import { updateIssue } from "./update-issue";

const storeId = await makeStore();
const maya: Actor = { type: "employee", id: "2", name: "Maya" };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]);

describe("merging a duplicate issue", () => {
  it("moves the duplicate's files, lines and refund to the kept issue, takes the more pressing priority, and rejects the duplicate, both logs saying so", async () => {
    const { duplicate, kept } = await duplicateReports(storeId, { priority: "urgent", refund_cents: 450 });
    await updateIssue({ issueId: kept.id, update: { priority: "low" }, actor: maya });
    await addIssueAttachment({ issueId: duplicate.id, bytes: PNG, fileName: "bag.png", actor: maya });
    const before = await getIssue(duplicate.id);

    const merged = await mergeIssue({ issueId: duplicate.id, into: kept.id, expectedVersion: before.version, actor: maya });

    const [closed, grown] = [await getIssue(duplicate.id), await getIssue(kept.id)];
    expect(merged.kept.id).toBe(kept.id);
    expect(closed).toMatchObject({ status: "rejected", resolutionNote: `Duplicate of issue ${kept.id}`, attachments: [] });
    expect(grown.attachments.map((file) => file.fileName)).toEqual(["bag.png"]);
    expect(grown).toMatchObject({ status: "open", priority: "urgent", refundCents: 450 });
    expect(closed.log.at(-1)?.data).toMatchObject({ summary: `Merged into issue ${kept.id} as a duplicate (1 file moved)` });
    expect(grown.log.at(-1)?.data).toMatchObject({ summary: `Issue ${duplicate.id} merged here as a duplicate (1 file moved)` });
  });

  it("keeps the larger quantity of a line both name, and the kept issue's own refund", async () => {
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const burger = order.items[0]!;
    const report = async (quantity: number, refund: number) =>
      (await reportIssue({ orderId: order.id, issue: ZNewIssue.parse({ type: "wrong_items", description: "Wrong burger", affected_items: [{ item_id: burger.id, quantity }], refund_cents: refund }), actor: maya })).issue!;
    const duplicate = await report(2, 300);
    const kept = await report(1, 100);

    await mergeIssue({ issueId: duplicate.id, into: kept.id, expectedVersion: duplicate.version, actor: maya });

    const grown = await getIssue(kept.id);
    expect(grown.affectedItems).toEqual([{ itemId: burger.id, name: burger.name, quantity: 2 }]);
    expect(grown.refundCents).toBe(100);
  });

  it("refuses what is not a duplicate and writes nothing: itself, another order, a closed issue, another store's issue, a stale version", async () => {
    const { duplicate, kept } = await duplicateReports(storeId);
    const elsewhere = await duplicateReports(storeId);
    const otherStore = await duplicateReports(await makeStore());
    const merge = (into: number, version = duplicate.version) => rejected(mergeIssue({ issueId: duplicate.id, into, expectedVersion: version, actor: maya }));

    expect(await merge(duplicate.id)).toBeInstanceOf(InvalidRequest);
    expect(((await merge(elsewhere.kept.id)) as Error).message).toBe(`Issue ${elsewhere.kept.id} is about another order: only reports of the same order merge`);
    expect(await merge(otherStore.kept.id)).toBeInstanceOf(NotFound);
    expect(await merge(999_999_999)).toBeInstanceOf(NotFound);
    expect(await merge(kept.id, duplicate.version + 5)).toBeInstanceOf(VersionConflict);
    await updateIssue({ issueId: kept.id, update: { status: "resolved", resolution_note: "Refunded" }, actor: maya });
    expect(((await merge(kept.id)) as Error).message).toBe(`Issue ${kept.id} is already resolved: reopen it to merge`);

    expect(await getIssue(duplicate.id)).toMatchObject({ status: "open", version: duplicate.version, resolutionNote: null });
  });
});
