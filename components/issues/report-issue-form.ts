import type { DefaultValues } from "react-hook-form";
import { z } from "zod";
import { typedField } from "@/components/ui/typed-field";
import { optionalCentsFromDollars } from "@/server/domain/money";
import { ZAffectedItem, ZIssuePriority, ZIssueType, ZNewIssue } from "@/server/domain/order-issue";

export const MAX_FILES = 5;
export type ReportWords = { chooseType: string; describe: string; refundInvalid: string; tooManyFiles: string; howManyInvalid: (max: number) => string };
/** An order's line as the report lists it, to pick as affected. */
type Line = { id: number; quantity: number };

/** What the report opens with: no kind chosen, each live line unticked at its full count. */
export const reportFormValues = (lines: readonly Line[]): DefaultValues<ReportFormValues> => ({
  type: undefined,
  priority: "medium",
  description: "",
  lines: lines.map((line) => ({ on: false, quantity: String(line.quantity) })),
  refund: "",
  picked: [],
  taken: [],
});

/**
 * The report form read into the issue the server files (its kind, priority, description, affected
 * lines and refund, by the server's own rules) and the files to upload to it after; refusals in the
 * screen's words. A ticked line's count is at most what the order holds.
 */
export function reportIssueForm(lines: readonly Line[], words: ReportWords) {
  return z
    .object({
      type: z.enum(ZIssueType.options, words.chooseType),
      priority: ZIssuePriority,
      description: typedField(ZNewIssue.shape.description, (text) => text, words.describe),
      lines: z.array(z.object({ on: z.boolean(), quantity: z.string() })).superRefine((ticked, context) =>
        ticked.forEach((line, index) => {
          const max = lines[index]?.quantity ?? 0;
          if (line.on && !ZAffectedItem.shape.quantity.max(max).safeParse(Number(line.quantity)).success) {
            context.addIssue({ code: "custom", path: [index, "quantity"], message: words.howManyInvalid(max) });
          }
        }),
      ),
      refund: typedField(ZNewIssue.shape.refund_cents, optionalCentsFromDollars, words.refundInvalid),
      picked: z.array(z.instanceof(File)),
      taken: z.array(z.instanceof(File)),
    })
    .refine(({ picked, taken }) => picked.length + taken.length <= MAX_FILES, { path: ["picked"], message: words.tooManyFiles })
    .transform(({ lines: ticked, refund, picked, taken, ...issue }) => ({
      issue: {
        ...issue,
        refund_cents: refund,
        affected_items: ticked.flatMap((line, index) => (line.on ? [{ item_id: lines[index]!.id, quantity: Number(line.quantity) }] : [])),
      },
      files: [...picked, ...taken],
    }));
}
export type ReportFormValues = z.input<ReturnType<typeof reportIssueForm>>;
