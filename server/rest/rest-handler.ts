import { TRPCError } from "@trpc/server";
import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { createContext } from "@/server/trpc/context";
import { API_PREFIX } from "@/server/trpc/rest-route";
import { appRouter } from "@/server/trpc/root";
import { idempotent } from "./idempotency";
import { keepDeclaredTypes } from "./keep-types";
import { errorResponse, readJsonText, respond, toResponse } from "./respond";

keepDeclaredTypes(appRouter);

const BODY_METHODS = new Set(["POST", "PATCH", "PUT"]);

/** One REST call, routed by trpc-to-openapi to the procedure that declares its method and path. */
async function call(request: Request, body: string | null): Promise<Response> {
  let failure: unknown;
  const headers = new Headers(request.headers);
  if (body !== null) headers.set("content-type", "application/json");
  const req = new Request(request.url, { method: request.method, headers, body, signal: request.signal });
  const response = await createOpenApiFetchHandler({
    endpoint: API_PREFIX,
    router: appRouter,
    req,
    createContext: () => createContext({ req, resHeaders: new Headers(), credentials: "token" }),
    responseMeta: ({ ctx, errors }) => (errors.length === 0 && ctx ? { status: ctx.answer.status } : {}),
    onError: ({ error }) => {
      failure = error;
    },
  });
  if (response.status < 400) return response;
  if (failure instanceof TRPCError && failure.code === "NOT_FOUND" && failure.cause === undefined) {
    const path = new URL(request.url).pathname;
    return errorResponse(404, "NOT_FOUND", `There is no ${request.method} ${path}: the routes are listed at ${API_PREFIX}/openapi.json`);
  }
  return toResponse(failure);
}

/**
 * The REST API: every route is a procedure's declaration. The body is read here, bounded, before the
 * library sees it (it would read any size); an empty one is `{}`. POSTs and PATCHes honour
 * `Idempotency-Key`. Every refusal has the API's error shape.
 */
export function handleRest(request: Request): Promise<Response> {
  return respond(async () => {
    if (!BODY_METHODS.has(request.method)) return call(request, null);
    const body = await readJsonText(request);
    return idempotent(request, body, () => call(request, body));
  });
}
