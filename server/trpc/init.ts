import { TRPCError, initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import { getDb } from "@/db/client";
import { canManageStore, canUseStore, isAdmin, type Principal } from "@/server/domain/access";
import { DomainError, Forbidden, InvalidOrder, NotSignedIn, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { ERROR_STATUS } from "@/server/error-status";
import { isCrossOrigin } from "@/server/http/cookies";
import { actorOf } from "@/server/services/actor";
import { getStore } from "@/server/services/list-stores";
import { orderStoreId } from "@/server/services/order-views";
import type { Context } from "./context";

function currentOrderOf(cause: unknown): unknown {
  return cause instanceof VersionConflict || cause instanceof TransitionRefused ? cause.current : null;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        stack: undefined,
        domainCode: cause instanceof DomainError ? cause.code : null,
        /** For a conflict: the order as it now stands, so the tablet can show it at once. */
        current: currentOrderOf(cause),
        /** For a throttled sign-in: how long to wait. */
        retryAfterMs: cause && typeof cause === "object" && "retryAfterMs" in cause ? (cause.retryAfterMs as number) : null,
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : null,
        problems: cause instanceof InvalidOrder ? cause.problems : null,
      },
    };
  },
  sse: {
    ping: { enabled: true, intervalMs: 5_000 },
    client: { reconnectAfterInactivityMs: 12_000 },
  },
});

/** Domain refusals become the right tRPC code (and so the right HTTP status) in one place. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok ? null : result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: ERROR_STATUS[cause.code].trpc, message: cause.message, cause });
  }
  return result;
});

/** Cookies ride along with cross-site requests; changes are only taken from this site's own pages. */
const sameOriginChanges = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && isCrossOrigin(ctx.req)) throw new Forbidden("Changes are only accepted from this site's own pages");
  return next();
});

export function assertCanUseStore(principal: Principal, storeId: string) {
  getStore(storeId);
  if (!canUseStore(principal, storeId)) throw new Forbidden(`You do not have access to store "${storeId}"`);
}

export function assertCanManageStore(principal: Principal, storeId: string) {
  getStore(storeId);
  if (!canManageStore(principal, storeId)) throw new Forbidden(`Only a manager of store "${storeId}" or an admin can do this`);
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Open to anyone: the sign-in screen. */
export const publicProcedure = t.procedure.use(mapDomainErrors).use(sameOriginChanges);

/** A signed-in person; the context carries who they are and how events will name them. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.principal?.kind !== "employee") throw new NotSignedIn();
  return next({ ctx: { principal: ctx.principal, actor: actorOf(ctx.principal) } });
});

/** Anyone who works at (or manages) the store named by `storeId`. */
export const storeProcedure = signedInProcedure.input(z.object({ storeId: z.string().min(1) })).use(({ ctx, input, next }) => {
  assertCanUseStore(ctx.principal, input.storeId);
  return next();
});

/** Anyone who works at the store of the order named by `id`. */
export const orderProcedure = signedInProcedure.input(z.object({ id: z.int().positive() })).use(({ ctx, input, next }) => {
  assertCanUseStore(ctx.principal, orderStoreId(getDb(), input.id));
  return next();
});

/** A manager of the store named by `storeId`, or an admin. */
export const managerProcedure = signedInProcedure.input(z.object({ storeId: z.string().min(1) })).use(({ ctx, input, next }) => {
  assertCanManageStore(ctx.principal, input.storeId);
  return next();
});

/** Across stores when `storeId` is left out (admins only), else a manager of that store. */
export const historyProcedure = signedInProcedure.input(z.object({ storeId: z.string().min(1).optional() })).use(({ ctx, input, next }) => {
  if (input.storeId) assertCanManageStore(ctx.principal, input.storeId);
  else if (!isAdmin(ctx.principal)) throw new Forbidden("Only an admin can look across every store; choose a store");
  return next();
});

export const adminProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!isAdmin(ctx.principal)) throw new Forbidden("Only an admin can do this");
  return next();
});
