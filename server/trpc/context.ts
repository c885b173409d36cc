import type { TRPCRequestInfo } from "@trpc/server/http";
import type { RequestHead } from "@/server/http/api-request";
import { bearerPrincipal } from "@/server/http/bearer";
import { clientAddressOf } from "@/server/http/client-address";
import { SESSION_COOKIE, readCookie } from "@/server/http/cookies";
import { sessionPrincipal } from "@/server/http/session";

/**
 * How a request proves who it is: tablets and pages (tRPC) by their session cookie, integrators
 * (REST) by a Bearer token. Each way in reads only its own credential, so a cookie riding along with
 * a REST call grants nothing there, and a token sent to tRPC grants nothing either.
 */
export type Credentials = "session" | "token";

type ContextOptions = { req: RequestHead; resHeaders: Headers; info?: TRPCRequestInfo; credentials?: Credentials };

export async function createContext({ req, resHeaders, info, credentials = "session" }: ContextOptions) {
  const bearer = credentials === "token" ? await bearerPrincipal(req) : null;
  return {
    req,
    resHeaders,
    credentials,
    sessionToken: credentials === "session" ? readCookie(req, SESSION_COOKIE) : null,
    principal: bearer ? bearer.principal : await sessionPrincipal(req),
    /** What an anonymous caller is told to send. */
    anonymous: bearer?.problem,
    clientAddress: clientAddressOf(req),
    /** How many calls came in the same HTTP request (a batch). */
    batchSize: info?.calls.length ?? 1,
    /** Set by a procedure whose REST answer is not a plain 200 (201 for something new). */
    answer: { status: 200 },
  };
}
export type Context = Awaited<ReturnType<typeof createContext>>;
