import type { OpenApiMethod } from "trpc-to-openapi";
import { z } from "zod";
import type { Meta } from "./init";

export const API_PREFIX = "/api/v1";

/** The refusals an operation can answer, as the reference lists them; every one has the error shape. */
const REFUSALS = {
  400: "The input does not match the schema (`issues` names each field), or the body is not JSON",
  401: "No valid Bearer token",
  403: "The token lacks the ability this needs, or is limited to another store",
  404: "No such order, item, issue or store (a deleted order included)",
  409: "`version` is stale, or the order's status does not allow this: `current` is the order as it now is",
  413: "The body is larger than 256 KiB",
  415: "The body is not JSON",
  422: "Well-formed, but not a valid change; or an `Idempotency-Key` sent again with another request",
} as const;
type Refusal = keyof typeof REFUSALS;

const idempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .max(255)
    .optional()
    .describe("Any unique string, such as a UUID: the same request sent again with it within 24 hours is answered as the first time, without acting twice"),
});

type RouteOptions = { description?: string; tag: string; refusals?: Refusal[]; ok?: string };

/**
 * The REST route of a procedure: its method and path (under /api/v1), and what the reference says of
 * it. Every route takes a Bearer token; a body and a path parameter bring their own refusals.
 */
export function restRoute(method: OpenApiMethod, path: `/${string}`, summary: string, { description, tag, refusals = [], ok }: RouteOptions): Meta {
  const hasBody = method === "POST" || method === "PATCH" || method === "PUT";
  const codes: Refusal[] = [400, 401, 403, ...(path.includes("{") ? [404 as const] : []), ...(hasBody ? [413 as const, 415 as const] : []), ...refusals];
  return {
    openapi: {
      method,
      path,
      summary,
      description,
      successDescription: ok,
      tags: [tag],
      protect: true,
      ...(hasBody ? { requestHeaders: idempotencyHeader } : {}),
      errorResponses: Object.fromEntries([...new Set(codes)].sort().map((code) => [code, REFUSALS[code]])),
    },
  };
}
