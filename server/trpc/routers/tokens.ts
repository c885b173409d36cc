import { z } from "zod";
import { ZAbility } from "@/server/domain/access";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/services/api-tokens";
import { actionProcedure } from "../init";

export const ZNewToken = z.object({
  name: z.string().trim().min(1).max(80),
  abilities: z.array(ZAbility).min(1, "Give the token at least one ability"),
  storeId: z.string().min(1).nullable().default(null),
});

export const tokensRouter = {
  list: actionProcedure("tokens.manage").query(async () => await listApiTokens()),
  create: actionProcedure("tokens.manage")
    .input(ZNewToken)
    .mutation(async ({ ctx, input }) => await createApiToken({ ...input, abilities: [...new Set(input.abilities)], createdBy: ctx.principal.name })),
  revoke: actionProcedure("tokens.manage").input(z.object({ id: z.int().positive() })).mutation(async ({ input }) => await revokeApiToken(input.id)),
};
