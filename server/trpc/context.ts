import { SESSION_COOKIE, clientAddressOf, readCookie } from "@/server/http/cookies";
import { sessionPrincipal } from "@/server/http/session";

export function createContext({ req, resHeaders }: { req: Request; resHeaders: Headers }) {
  return { req, resHeaders, sessionToken: readCookie(req, SESSION_COOKIE), principal: sessionPrincipal(req), clientAddress: clientAddressOf(req) };
}
export type Context = Awaited<ReturnType<typeof createContext>>;
