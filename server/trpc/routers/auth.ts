import { z } from "zod";
import { ZPin } from "@/server/domain/access";
import { sessionCookie } from "@/server/http/cookies";
import { listPeople } from "@/server/services/employees";
import { listStores } from "@/server/services/list-stores";
import { endSession } from "@/server/services/sessions";
import { signIn } from "@/server/services/sign-in";
import { publicProcedure } from "../init";

export const authRouter = {
  /** For the tablet's first screen: which store this tablet is in. */
  stores: publicProcedure.query(() => listStores().map(({ id, name }) => ({ id, name }))),
  /** For the person picker: names only. */
  people: publicProcedure.input(z.object({ storeId: z.string().min(1) })).query(({ input }) => listPeople(input.storeId)),
  session: publicProcedure.query(({ ctx }) =>
    ctx.principal?.kind === "employee"
      ? { employeeId: ctx.principal.employeeId, name: ctx.principal.name, role: ctx.principal.role, storeIds: ctx.principal.storeIds }
      : null,
  ),
  /** A fresh session at every sign-in; switching user ends the previous person's session. */
  signIn: publicProcedure
    .input(z.object({ storeId: z.string().min(1), employeeId: z.int().positive(), pin: ZPin }))
    .mutation(async ({ ctx, input }) => {
      const { token, employee } = await signIn({ ...input, clientAddress: ctx.clientAddress });
      if (ctx.sessionToken) endSession(ctx.sessionToken);
      ctx.resHeaders.append("set-cookie", sessionCookie(ctx.req, token));
      return employee;
    }),
  signOut: publicProcedure.mutation(({ ctx }) => {
    if (ctx.sessionToken) endSession(ctx.sessionToken);
    ctx.resHeaders.append("set-cookie", sessionCookie(ctx.req, null));
    return { signedOut: true };
  }),
};
