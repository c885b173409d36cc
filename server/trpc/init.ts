import { TRPCError, initTRPC } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { ZodError, z } from "zod";
import type { Action } from "@/server/domain/access";
import { DomainError, Forbidden, InvalidOrder, NotSignedIn, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { ERROR_STATUS } from "@/server/error-status";
import { isCrossOrigin } from "@/server/http/cookies";
import { actorOf } from "@/server/services/actor";
import { authorize, scopeOf, type Target } from "@/server/services/authorize";
import type { Context } from "./context";
import { parsingInOneGo } from "./parse-in-one-go";

/**
 * A procedure's declaration beyond its schemas: the action the access policy checks (for the
 * reference), and, for one integrators may call, its REST route (`openapi`) and the description of
 * a 201 answer when it can create something.
 */
export type Meta = OpenApiMeta<{ access?: Action; created?: string }>;

function currentOrderOf(cause: unknown): unknown {
  return cause instanceof VersionConflict || cause instanceof TransitionRefused ? cause.current : null;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
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

/** A domain refusal as the tRPC error of its code (and so the right HTTP status): the one place they are mapped. */
const asTrpcError = (cause: DomainError) => new TRPCError({ code: ERROR_STATUS[cause.code].trpc, message: cause.message, cause });

/**
 * Every procedure's first step, one middleware rather than two (each level of tRPC's middleware
 * chain copies its options twice): cookies ride along with cross-site requests, so changes by
 * session are only taken from this site's own pages; and domain refusals are mapped.
 */
const guarded = t.middleware(async ({ ctx, type, next }) => {
  if (type === "mutation" && ctx.credentials === "session" && isCrossOrigin(ctx.req)) throw asTrpcError(new Forbidden("Changes are only accepted from this site's own pages"));
  const result = await next();
  const cause = result.ok ? null : result.error.cause;
  if (cause instanceof DomainError) throw asTrpcError(cause);
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Open to anyone: the sign-in screen. */
export const publicProcedure = parsingInOneGo(t.procedure).use(guarded);

/** The caller, who must be somebody, and how events will name them. */
function signedIn(ctx: Context) {
  if (!ctx.principal) throw new NotSignedIn(ctx.anonymous);
  return { principal: ctx.principal, actor: actorOf(ctx.principal) };
}

/** Somebody: a signed-in person, or (over REST) a valid API token. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => next({ ctx: signedIn(ctx) }));

/** A signed-in person (never a token): for what only people do, each service checking whom they act on. */
export const personProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.principal.kind !== "employee") throw new NotSignedIn();
  return next({ ctx: { principal: ctx.principal } });
});

export const ZId = z.coerce.number<number>().int().positive();
const ZStoreId = z.string().min(1).max(64);

/**
 * Somebody who may do `action` somewhere, asked before the input is read (a token without the
 * ability is refused whatever it sends). The builders below then check the store; a procedure whose
 * target they do not name authorizes it itself.
 */
export const actionProcedure = (action: Action) =>
  publicProcedure.meta({ access: action }).use(async ({ ctx, next }) => {
    const caller = signedIn(ctx);
    await authorize(caller.principal, action, null);
    return next({ ctx: caller });
  });
const allowedOn = (action: Action, target: (input: never) => Target) =>
  t.middleware(async ({ ctx, input, next }) => {
    await authorize((ctx as { principal: Context["principal"] }).principal, action, target(input as never), ctx.anonymous);
    return next();
  });

/** `action` at the store named by `key` (tablets say `storeId`, REST paths `store_id`). */
export function storeProcedure<K extends string = "storeId">(action: Action, key: K = "storeId" as K) {
  return actionProcedure(action)
    .input(z.object({ [key]: ZStoreId } as { [P in K]: typeof ZStoreId }))
    .use(allowedOn(action, (input: Record<K, string>) => ({ storeId: input[key] })));
}

/** `action` on the order named by `id`, at its store. */
export const orderProcedure = (action: Action) =>
  actionProcedure(action)
    .input(z.object({ id: ZId }))
    .use(allowedOn(action, (input: { id: number }) => ({ orderId: input.id })));

/** `action` on the issue named by `id`, at its store. */
export const issueProcedure = (action: Action) =>
  actionProcedure(action)
    .input(z.object({ id: ZId }))
    .use(allowedOn(action, (input: { id: number }) => ({ issueId: input.id })));

/** `action` on the customer named by `id`, at their store. */
export const customerProcedure = (action: Action) =>
  actionProcedure(action)
    .input(z.object({ id: ZId }))
    .use(allowedOn(action, (input: { id: number }) => ({ customerId: input.id })));

/** A list: of the store named by `store_id`, else of every store the caller may do `action` at (`ctx.stores`, null for all). */
export const listProcedure = (action: Action) =>
  actionProcedure(action)
    .input(z.object({ store_id: ZStoreId.optional() }))
    .use(async ({ ctx, input, next }) => next({ ctx: { stores: await scopeOf(ctx.principal, action, input.store_id, ctx.anonymous) } }));
