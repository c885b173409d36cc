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

/** A cancel or deny reason: OTHER says nothing by itself, so it needs a message. */
export const ZReason = z
  .object({
    code: ZReasonCode,
    message: z.string().trim().max(500).default(""),
  })
  .refine((reason) => reason.code !== "OTHER" || reason.message.length > 0, {
    message: "Say why: a message is required when the reason is Other",
    path: ["message"],
  });
export type Reason = z.infer<typeof ZReason>;
