import type { Principal } from "@/server/domain/access";
import { SESSION_COOKIE, clientAddressOf, readCookie } from "@/server/http/cookies";
import { authenticateSession } from "@/server/services/sessions";

export function createContext({ req, resHeaders }: { req: Request; resHeaders: Headers }) {
  const sessionToken = readCookie(req, SESSION_COOKIE);
  const principal: Principal | null = sessionToken ? authenticateSession(sessionToken) : null;
  return { req, resHeaders, sessionToken, principal, clientAddress: clientAddressOf(req) };
}
export type Context = Awaited<ReturnType<typeof createContext>>;
