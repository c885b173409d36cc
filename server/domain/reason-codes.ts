import { z } from "zod";

export const REASON_CODES = [
  "ITEM_OUT_OF_STOCK",
  "STORE_CLOSED",
  "KITCHEN_BUSY",
  "CUSTOMER_REQUEST",
  "OTHER",
] as const;
export const ZReasonCode = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ZReasonCode>;

export const REASON_LABELS: Record<ReasonCode, string> = {
  ITEM_OUT_OF_STOCK: "Item out of stock",
  STORE_CLOSED: "Store closed",
  KITCHEN_BUSY: "Kitchen busy",
  CUSTOMER_REQUEST: "Customer request",
  OTHER: "Other",
};

/** The words a screen gives for a reason's refusals, in its own language; the rules stay these. */
export type ReasonWords = { chooseReason?: string; otherNeedsMessage?: string };

/** A reason: one of `codes` and a message, which `other` needs, since it says nothing by itself. */
export const reasonWithMessage = <const Codes extends readonly [string, ...string[]]>(
  codes: Codes,
  other: Codes[number],
  { chooseReason, otherNeedsMessage = "Say why: a message is required when the reason is Other" }: ReasonWords = {},
) =>
  z
    .object({ code: z.enum(codes, chooseReason), message: z.string().trim().max(500).default("") })
    .refine((reason) => reason.code !== other || reason.message.length > 0, { message: otherNeedsMessage, path: ["message"] });

/** A cancel or deny reason. */
export const reasonSchema = (words?: ReasonWords) => reasonWithMessage(REASON_CODES, "OTHER", words);
export const ZReason = reasonSchema();
export type Reason = z.infer<typeof ZReason>;
