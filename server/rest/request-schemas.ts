import { z } from "zod";
import { ZCartChanges, ZCartReason } from "@/server/domain/cart";
import { ZIssueUpdate } from "@/server/domain/order-issue";

// Request bodies of the REST routes that have no schema of their own in the domain; the OpenAPI document reads them too.

/** PATCH /api/v1/orders/:id/items/:itemId */
export const ZItemPatch = z
  .object({
    version: z.int().positive(),
    reason: ZCartReason,
    quantity: z.int().min(1).max(999).optional(),
    special_instructions: z.string().trim().max(500).optional(),
  })
  .refine((patch) => patch.quantity !== undefined || patch.special_instructions !== undefined, {
    message: "Change quantity, special_instructions or both",
  });

/** PATCH /api/v1/orders/:id/cart */
export const ZCartPatch = z.object({ version: z.int().positive(), reason: ZCartReason, changes: ZCartChanges });

/** PATCH /api/v1/issues/:id */
export const ZIssuePatch = z.object({ version: z.int().positive() }).and(ZIssueUpdate);
