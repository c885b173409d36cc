import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ZPin } from "@/server/domain/access";
import { ZLocale } from "@/server/domain/locale";
import { TABLET_COOKIE, localeCookie, readCookie, sessionCookie, tabletCookie } from "@/server/http/cookies";
import { listPeople, setOwnLocale } from "@/server/services/employees";
import { listStores } from "@/server/services/list-stores";
import { endSession } from "@/server/services/sessions";
import { newSecret } from "@/server/services/secrets";
import { signIn } from "@/server/services/sign-in";
import { publicProcedure } from "../init";

export const authRouter = {
  /** For the tablet's first screen: which store this tablet is in. */
  stores: publicProcedure.query(async () => (await listStores()).map(({ id, name }) => ({ id, name }))),
  /** For the person picker: names only. */
  people: publicProcedure.input(z.object({ storeId: z.string().min(1) })).query(async ({ input }) => await listPeople(input.storeId)),
  session: publicProcedure.query(async ({ ctx }) =>
    ctx.principal?.kind === "employee"
      ? { kind: "employee" as const, employeeId: ctx.principal.employeeId, name: ctx.principal.name, role: ctx.principal.role, storeIds: ctx.principal.storeIds }
      : null,
  ),
  /**
   * A fresh session at every sign-in; switching user ends the previous person's session. One PIN per
   * HTTP request: a batch of sign-ins would try many PINs for the price of one request.
   */
  signIn: publicProcedure
    .input(z.object({ storeId: z.string().min(1), employeeId: z.int().positive(), pin: ZPin }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.batchSize > 1) throw new TRPCError({ code: "BAD_REQUEST", message: "Sign in with one request at a time, not in a batch" });
      let tabletToken = readCookie(ctx.req, TABLET_COOKIE);
      if (!tabletToken) {
        tabletToken = newSecret("obt_");
        ctx.resHeaders.append("set-cookie", tabletCookie(ctx.req, tabletToken));
      }
      const { token, employee } = await signIn({ ...input, clientAddress: ctx.clientAddress, tabletToken });
      if (ctx.sessionToken) await endSession(ctx.sessionToken);
      ctx.resHeaders.append("set-cookie", sessionCookie(ctx.req, token));
      // The tablet speaks the person's own language while they are at it, and after.
      if (employee.locale) ctx.resHeaders.append("set-cookie", localeCookie(ctx.req, employee.locale));
      return employee;
    }),
  /** The tablet's language from now on (a cookie), and the signed-in person's own, kept for every tablet they use. */
  setLanguage: publicProcedure.input(z.object({ locale: ZLocale })).mutation(async ({ ctx, input }) => {
    if (ctx.principal?.kind === "employee") await setOwnLocale(ctx.principal, input.locale);
    ctx.resHeaders.append("set-cookie", localeCookie(ctx.req, input.locale));
    return { locale: input.locale };
  }),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await endSession(ctx.sessionToken);
    ctx.resHeaders.append("set-cookie", sessionCookie(ctx.req, null));
    return { signedOut: true };
  }),
};
