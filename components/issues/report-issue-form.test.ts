import { describe, expect, it } from "vitest";
import { ZNewIssue } from "@/server/domain/order-issue";
import { MAX_FILES, reportFormValues, reportIssueForm, type ReportWords } from "./report-issue-form";

const WORDS: ReportWords = { chooseType: "what?", describe: "describe", refundInvalid: "refund?", tooManyFiles: "too many", howManyInvalid: (max) => `1 to ${max}` };
const LINES = [
  { id: 11, quantity: 2 },
  { id: 12, quantity: 1 },
];
const read = (typed: Record<string, unknown>) => reportIssueForm(LINES, WORDS).safeParse({ ...reportFormValues(LINES), ...typed });
const photo = (name: string) => new File(["x"], name, { type: "image/png" });

describe("the issue report form", () => {
  it("reads into the issue the server files, and the files to upload after", () => {
    const result = read({ type: "missing_items", priority: "high", description: " No fries ", refund: "4.5", lines: [{ on: true, quantity: "1" }, { on: false, quantity: "junk" }], picked: [photo("a.png")], taken: [photo("b.png")] });
    expect(result.success).toBe(true);
    expect(result.data!.issue).toEqual({ type: "missing_items", priority: "high", description: "No fries", refund_cents: 450, affected_items: [{ item_id: 11, quantity: 1 }] });
    expect(ZNewIssue.parse(result.data!.issue)).toEqual(result.data!.issue);
    expect(result.data!.files.map((file) => file.name)).toEqual(["a.png", "b.png"]);
    expect(read({ type: "quality_issues", description: "Soggy" }).data!.issue).toMatchObject({ refund_cents: null, affected_items: [] });
  });

  it("refuses in the screen's words: no kind, no description, a bad refund, a count over the line's, too many files", () => {
    const result = read({ description: "   ", refund: "4.505", lines: [{ on: true, quantity: "3" }, { on: true, quantity: "0" }], picked: Array.from({ length: MAX_FILES }, (_, i) => photo(`${i}.png`)), taken: [photo("extra.png")] });
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      type: "what?",
      description: "describe",
      refund: "refund?",
      "lines.0.quantity": "1 to 2",
      "lines.1.quantity": "1 to 1",
    });
    expect(read({ type: "quality_issues", description: "Soggy", picked: [photo("1.png")], taken: Array.from({ length: MAX_FILES }, (_, i) => photo(`${i}.png`)) }).error!.issues).toMatchObject([{ path: ["picked"], message: "too many" }]);
  });
});
