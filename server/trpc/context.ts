import type { TRPCRequestInfo } from "@trpc/server/http";
import { clientAddressOf } from "@/server/http/client-address";
import { SESSION_COOKIE, readCookie } from "@/server/http/cookies";
import { sessionPrincipal } from "@/server/http/session";

export function createContext({ req, resHeaders, info }: { req: Request; resHeaders: Headers; info?: TRPCRequestInfo }) {
  return {
    req,
    resHeaders,
    sessionToken: readCookie(req, SESSION_COOKIE),
    principal: sessionPrincipal(req),
    clientAddress: clientAddressOf(req),
    /** How many calls came in the same HTTP request (a batch). */
    batchSize: info?.calls.length ?? 1,
  };
}
export type Context = Awaited<ReturnType<typeof createContext>>;
