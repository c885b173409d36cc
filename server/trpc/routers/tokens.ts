import { z } from "zod";
import { ZNewToken } from "@/server/domain/api-token";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/services/api-tokens";
import { actionProcedure } from "../init";

export const tokensRouter = {
  list: actionProcedure("tokens.manage").query(async () => await listApiTokens()),
  create: actionProcedure("tokens.manage")
    .input(ZNewToken)
    .mutation(async ({ ctx, input }) => await createApiToken({ ...input, abilities: [...new Set(input.abilities)], createdBy: ctx.principal.name })),
  revoke: actionProcedure("tokens.manage").input(z.object({ id: z.int().positive() })).mutation(async ({ input }) => await revokeApiToken(input.id)),
};
