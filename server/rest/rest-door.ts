import { answerRoute } from "@/server/http/answer-route";
import { API_PREFIX } from "@/server/trpc/rest-route";
import { answerRest } from "./rest-handler";

/** Addresses under the API's prefix with route files of their own in `app/` (Next answers those, as for every page). */
export const OWN_ROUTE_FILES = [/^\/api\/v1\/openapi\.json$/, /^\/api\/v1\/issues\/[^/]+\/attachments$/];
const METHODS = new Set(["GET", "POST", "PATCH", "PUT", "DELETE"]);

/**
 * The REST API answered at the front door, before Next: the same handler as the catch-all route
 * (which still answers the moments of boot before the door opens), without Next's request pipeline,
 * which cost more than the whole order intake behind it.
 */
export const restRoute = answerRoute(
  (method, path) => METHODS.has(method) && path.startsWith(`${API_PREFIX}/`) && !OWN_ROUTE_FILES.some((own) => own.test(path)),
  answerRest,
);
