import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { GET as getAttachment } from "@/app/api/issues/[id]/attachments/[attachmentId]/route";
import { POST as postAttachment } from "@/app/api/issues/[id]/attachments/route";
import { InvalidOrder, InvalidRequest, VersionConflict } from "@/server/domain/errors";
import { writeCounts } from "@/test-support/db-state";
import { makeStore, orderInput } from "@/test-support/orders";
import { callerWith, makeEmployee, signInAs } from "@/test-support/people";
import { rejected } from "@/test-support/refusals";
import type { Actor } from "./actor";
import { SYSTEM_ACTOR } from "./actor";
import { addIssueAttachment, MAX_ATTACHMENT_BYTES } from "./add-issue-attachment";
import { createOrder } from "./create-order";
import { uploadsFolder } from "./file-store";
import { getIssue } from "./get-issue";
import { getOrder } from "./get-order";
import { countIssues, listIssues, ZListIssues } from "./list-issues";
import { reportIssue } from "./report-issue";
import { endSession } from "./sessions";
import { updateIssue } from "./update-issue";

const storeId = await makeStore();
const sam: Actor = { type: "employee", id: "1", name: "Sam" };
const maya: Actor = { type: "employee", id: "2", name: "Maya" };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = new TextEncoder().encode("%PDF-1.7 receipt");

async function reported(type: "missing_items" | "pricing_discrepancies" = "missing_items", store = storeId) {
  const { order } = await createOrder(orderInput(store), SYSTEM_ACTOR);
  const { issue } = await reportIssue({
    orderId: order.id,
    issue: { type, description: "Cheese was missing", affected_items: [{ item_id: order.items[0]!.id, quantity: 1 }], refund_cents: 150 },
    actor: sam,
  });
  return { order, issue: issue! };
}

describe("reporting an issue", () => {
  it("defaults the priority by type, names the affected lines, and logs it on the order's timeline", async () => {
    const { order, issue } = await reported();
    expect(issue).toMatchObject({ type: "missing_items", priority: "high", status: "open", refundCents: 150, reportedBy: "Sam" });
    expect(issue.affectedItems).toEqual([{ itemId: order.items[0]!.id, name: "Burger", quantity: 1 }]);
    expect((await reported("pricing_discrepancies")).issue.priority).toBe("low");
    expect((await getOrder(order.id)).events.at(-1)).toMatchObject({ type: "issue_reported", issueId: issue.id, actorName: "Sam" });
  });

  it("refuses lines not on the order, more than was ordered, or a refund above the total, writing nothing", async () => {
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const before = await writeCounts();
    const error = await rejected(reportIssue({
        orderId: order.id,
        issue: { type: "wrong_items", description: "x", affected_items: [{ item_id: 999999, quantity: 1 }, { item_id: order.items[0]!.id, quantity: 5 }], refund_cents: 999999 },
        actor: sam,
      }),
    ) as InvalidOrder;
    expect(error.problems.map((p) => p.path.join("."))).toEqual(["affected_items.0.item_id", "affected_items.1.quantity", "refund_cents"]);
    expect(await writeCounts()).toEqual(before);
  });
});

describe("triaging an issue", () => {
  it("needs a resolution note to resolve or reject, allows reopening, and logs one row per change", async () => {
    const { issue } = await reported();
    expect(((await rejected(updateIssue({ issueId: issue.id, update: { status: "resolved" }, actor: maya }))) as InvalidRequest).message).toBe(
      "Write a resolution note to mark the issue resolved",
    );
    const { issue: investigating } = await updateIssue({ issueId: issue.id, expectedVersion: 1, update: { status: "investigating", priority: "urgent", comment: "Calling the customer" }, actor: maya });
    expect(investigating).toMatchObject({ status: "investigating", priority: "urgent", version: 2 });
    const { issue: resolved, events } = await updateIssue({
      issueId: issue.id,
      expectedVersion: 2,
      update: { status: "resolved", resolution_note: "Refunded the cheese", refund_cents: 200 },
      actor: maya,
    });
    expect(resolved).toMatchObject({ status: "resolved", resolutionNote: "Refunded the cheese", refundCents: 200 });
    expect(events).toHaveLength(3);
    expect((await updateIssue({ issueId: issue.id, update: { status: "open" }, actor: maya })).issue.status).toBe("open");
    expect(await rejected(updateIssue({ issueId: issue.id, update: { status: "open" }, actor: maya }))).toBeInstanceOf(InvalidRequest);

    expect((await getIssue(issue.id)).log.map((e) => [e.type, e.actorName, e.data?.summary ?? e.message])).toEqual([
      ["issue_reported", "Sam", "Missing items, high priority: Cheese was missing"],
      ["issue_updated", "Maya", "Status: Open → Investigating"],
      ["issue_updated", "Maya", "Priority: High → Urgent"],
      ["issue_commented", "Maya", "Calling the customer"],
      ["issue_updated", "Maya", "Status: Investigating → Resolved"],
      ["issue_updated", "Maya", "Resolution note: “Refunded the cheese”"],
      ["issue_updated", "Maya", "Refund: $1.50 → $2.00"],
      ["issue_updated", "Maya", "Status: Resolved → Open"],
    ]);
  });

  it("refuses a stale version and changes nothing", async () => {
    const { issue } = await reported();
    await updateIssue({ issueId: issue.id, expectedVersion: 1, update: { priority: "low" }, actor: maya });
    const before = await writeCounts();
    expect(await rejected(updateIssue({ issueId: issue.id, expectedVersion: 1, update: { priority: "urgent" }, actor: sam }))).toBeInstanceOf(VersionConflict);
    expect(await writeCounts()).toEqual(before);
    expect((await getIssue(issue.id)).priority).toBe("low");
  });

  it("lists urgent first, then oldest, with counts per status, only in the stores asked", async () => {
    const store = await makeStore();
    const first = (await reported("pricing_discrepancies", store)).issue;
    const second = (await reported("missing_items", store)).issue;
    const third = (await reported("missing_items", store)).issue;
    await updateIssue({ issueId: third.id, update: { priority: "urgent" }, actor: maya });
    await updateIssue({ issueId: first.id, update: { status: "rejected", resolution_note: "Price was right" }, actor: maya });
    const page = await listIssues(ZListIssues.parse({ limit: 2 }), [store]);
    expect(page.issues.map((i) => i.id)).toEqual([third.id, second.id]);
    expect((await listIssues(ZListIssues.parse({ limit: 2, cursor: page.nextCursor! }), [store])).issues.map((i) => i.id)).toEqual([first.id]);
    expect((await listIssues(ZListIssues.parse({ status: ["rejected"] }), [store])).issues.map((i) => i.id)).toEqual([first.id]);
    expect((await listIssues(ZListIssues.parse({ q: "cheese" }), [await makeStore()])).issues).toEqual([]);
    expect(await countIssues({}, [store])).toEqual({ open: 2, investigating: 0, resolved: 0, rejected: 1 });
  });
});

describe("issue attachments", () => {
  const filesOnDisk = () => (fs.existsSync(uploadsFolder()) ? fs.readdirSync(uploadsFolder()).length : 0);

  it("keeps images and PDFs, five at most", async () => {
    const { issue } = await reported();
    await addIssueAttachment({ issueId: issue.id, bytes: PDF, fileName: "receipt.pdf", actor: sam });
    for (let i = 0; i < 4; i++) await addIssueAttachment({ issueId: issue.id, bytes: new Uint8Array([...PNG, i]), fileName: `bag-${i}.png`, actor: sam });
    expect((await getIssue(issue.id)).attachments.map((a) => a.mimeType)).toEqual(["application/pdf", "image/png", "image/png", "image/png", "image/png"]);
    const [files, rows] = [filesOnDisk(), await writeCounts()];
    expect(((await rejected(addIssueAttachment({ issueId: issue.id, bytes: new Uint8Array([...PNG, 99]), fileName: "six.png", actor: sam }))) as Error).message).toBe(
      "An issue keeps at most 5 files",
    );
    expect([filesOnDisk(), await writeCounts()]).toEqual([files, rows]);
  });

  it.each([
    ["a wrong type by content", new TextEncoder().encode("MZ executable named photo.jpg"), "Only JPEG, PNG, WebP or PDF files can be kept"],
    ["an oversize file", (() => { const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1); big.set(PDF); return big; })(), "The file is larger than 10 MB"],
    ["an empty file", new Uint8Array(), "The file is empty"],
  ])("refuses %s and stores nothing", async (_, bytes, message) => {
    const { issue } = await reported();
    const [files, rows] = [filesOnDisk(), await writeCounts()];
    expect(((await rejected(addIssueAttachment({ issueId: issue.id, bytes, fileName: "x", actor: sam }))) as Error).message).toBe(message);
    expect([filesOnDisk(), await writeCounts()]).toEqual([files, rows]);
  });

  it("are served to the store's people only; another store's staff cannot see the issue or its files", async () => {
    const { issue } = await reported();
    const { event } = await addIssueAttachment({ issueId: issue.id, bytes: new Uint8Array([...PNG, 42]), fileName: "bag.png", actor: sam });
    const own = (await signInAs((await makeEmployee("staff", [storeId])).id)).token;
    const other = (await signInAs((await makeEmployee("staff", [await makeStore()])).id)).token;
    const otherManager = (await signInAs((await makeEmployee("manager", [await makeStore()])).id)).token;
    const fetchAs = (token: string) =>
      getAttachment(new Request("http://x/", { headers: { cookie: `ob_session=${token}` } }), {
        params: Promise.resolve({ id: String(issue.id), attachmentId: String(event.data!.attachmentId) }),
      });
    expect((await fetchAs(own)).status).toBe(200);
    expect((await fetchAs(other)).status).toBe(403);
    expect(await rejected(callerWith(otherManager).caller.issues.detail({ id: issue.id }))).toMatchObject({ code: "FORBIDDEN" });
    const listed = await callerWith(otherManager).caller.issues.list({});
    expect(listed.issues.map((i) => i.id)).not.toContain(issue.id);
  });
});

describe("issue file routes", () => {
  const upload = (issueId: number, file: File, headers: Record<string, string>) => {
    const form = new FormData();
    form.set("file", file);
    return postAttachment(new Request(`http://board.local/api/issues/${issueId}/attachments`, { method: "POST", body: form, headers: { host: "board.local", ...headers } }), {
      params: Promise.resolve({ id: String(issueId) }),
    });
  };
  const receipt = () => new File([PDF], "receipt.html", { type: "text/html" });

  it("take a file only from a signed-in person of the issue's store, on this site's own page", async () => {
    const { issue } = await reported();
    const own = (await signInAs((await makeEmployee("staff", [storeId])).id)).token;
    const other = (await signInAs((await makeEmployee("staff", [await makeStore()])).id)).token;
    const before = await writeCounts();
    expect((await upload(issue.id, receipt(), {})).status).toBe(401);
    expect((await upload(issue.id, receipt(), { cookie: `ob_session=${other}`, origin: "http://board.local" })).status).toBe(403);
    expect((await upload(issue.id, receipt(), { cookie: `ob_session=${own}`, origin: "http://evil.example" })).status).toBe(403);
    expect(await writeCounts()).toEqual(before);
    expect((await upload(issue.id, receipt(), { cookie: `ob_session=${own}`, origin: "http://board.local" })).status).toBe(201);
  });

  it("serve a PDF only as a download named for what its bytes are, never inline under the uploaded name", async () => {
    const { issue } = await reported();
    const own = (await signInAs((await makeEmployee("staff", [storeId])).id)).token;
    const created = await upload(issue.id, new File([PDF], 'invoice"\r\n.html', { type: "text/html" }), { cookie: `ob_session=${own}` });
    const { attachment } = await created.json();
    const served = await getAttachment(new Request("http://x/", { headers: { cookie: `ob_session=${own}` } }), {
      params: Promise.resolve({ id: String(issue.id), attachmentId: String(attachment.id) }),
    });
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toBe('attachment; filename="invoice_.pdf"');
    expect(served.headers.get("cache-control")).toContain("no-store");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("the triage pages' live feed", () => {
  it("brings each issue event of the manager's stores, and ends with the manager's session", async () => {
    const manager = await signInAs((await makeEmployee("manager", [storeId])).id);
    const feed = (await callerWith(manager.token).caller.issues.onIssueEvent({ lastEventId: null })) as AsyncIterable<unknown>;
    const events = feed[Symbol.asyncIterator]();
    // The feed starts listening at its first read, as a page's subscription does.
    const firstEvent = events.next();
    const first = await reported();
    expect(JSON.stringify((await firstEvent).value)).toContain(`"issueId":${first.issue.id}`);

    const afterSignOut = events.next();
    await endSession(manager.token);
    await reported();
    expect(await afterSignOut).toMatchObject({ done: true });
  });
});
