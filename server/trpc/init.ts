import { TRPCError, initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import { DomainError, InvalidOrder, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { ERROR_STATUS } from "@/server/error-status";
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

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
