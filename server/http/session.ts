import { canUseStore, type Principal } from "@/server/domain/access";
import { Forbidden, NotSignedIn } from "@/server/domain/errors";
import { authenticateSession } from "@/server/services/sessions";
import { SESSION_COOKIE, isCrossOrigin, readCookie } from "./cookies";

/** The signed-in person behind a request's session cookie, or null. */
export function sessionPrincipal(request: Request): Principal | null {
  const token = readCookie(request, SESSION_COOKIE);
  return token ? authenticateSession(token) : null;
}

type EmployeePrincipal = Extract<Principal, { kind: "employee" }>;

/** For the few route handlers tablets call directly (files, the live feed): same session, same store rule. */
export function requireStaffOf(request: Request, storeId: string): EmployeePrincipal {
  if (request.method !== "GET" && isCrossOrigin(request)) throw new Forbidden("Changes are only accepted from this site's own pages");
  const principal = sessionPrincipal(request);
  if (principal?.kind !== "employee") throw new NotSignedIn();
  if (!canUseStore(principal, storeId)) throw new Forbidden(`You do not have access to store "${storeId}"`);
  return principal;
}
