import type { Action, Principal } from "@/server/domain/access";
import { Forbidden } from "@/server/domain/errors";
import { authenticateSession } from "@/server/services/sessions";
import { authorize, type Target } from "@/server/services/authorize";
import type { RequestHead } from "./api-request";
import { SESSION_COOKIE, isCrossOrigin, readCookie } from "./cookies";

/** The signed-in person behind a request's session cookie, or null. */
export async function sessionPrincipal(request: RequestHead): Promise<Principal | null> {
  const token = readCookie(request, SESSION_COOKIE);
  return token ? authenticateSession(token) : null;
}

type EmployeePrincipal = Extract<Principal, { kind: "employee" }>;

/** For the route handlers pages call directly (files, the export, the live feed): the same session and policy as the procedures. */
export async function authorizeSession(request: RequestHead, action: Action, target: Target): Promise<EmployeePrincipal> {
  if (request.method !== "GET" && isCrossOrigin(request)) throw new Forbidden("Changes are only accepted from this site's own pages");
  return authorize((await sessionPrincipal(request)) as EmployeePrincipal | null, action, target);
}
