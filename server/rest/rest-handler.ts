import { TRPCError } from "@trpc/server";
import type { IncomingMessage } from "node:http";
import type { NodeHTTPResponse } from "@trpc/server/adapters/node-http";
import { createOpenApiNodeHttpHandler } from "trpc-to-openapi";
import { textAnswer } from "@/server/http/text-answer";
import { createContext } from "@/server/trpc/context";
import { API_PREFIX } from "@/server/trpc/rest-route";
import { appRouter } from "@/server/trpc/root";
import { idempotent } from "./idempotency";
import { keepDeclaredTypes } from "./keep-types";
import { errorResponse, readJsonText, respond, toResponse } from "./respond";

keepDeclaredTypes(appRouter);

const BODY_METHODS = new Set(["POST", "PATCH", "PUT"]);

/** What trpc-to-openapi's node handler reads of a request (typed as node's, used as a fetch Request) and writes of an answer. */
type ApiRequest = IncomingMessage & Request & { body: unknown };
type ApiResponse = { statusCode: number; setHeader(name: string, value: string | string[]): void; end(body?: string): void };

/** The refusal each request's procedure gave, for the error shape (trpc-to-openapi's own is not ours). */
const failures = new WeakMap<ApiRequest, unknown>();

/**
 * Built once: the library's fetch adapter builds its router's route table anew for every request
 * (and, outside production, its whole OpenAPI document), which was most of a REST call's time.
 */
const routeToProcedure = createOpenApiNodeHttpHandler<typeof appRouter, ApiRequest, ApiResponse & NodeHTTPResponse>({
  router: appRouter,
  createContext: ({ req }) => createContext({ req, resHeaders: new Headers(), credentials: "token" }),
  responseMeta: ({ ctx, errors }) => (errors.length === 0 && ctx ? { status: ctx.answer.status } : {}),
  onError: ({ error, req }) => failures.set(req, error),
});

/** The request as the node handler reads it: its path under the API's prefix, JSON headers, the body already parsed. */
function apiRequest(request: Request, body: string | null): ApiRequest {
  const headers = new Headers(request.headers);
  if (body !== null) headers.set("content-type", "application/json");
  const url = request.url.replace(API_PREFIX, "");
  const parsed: unknown = body === null ? undefined : JSON.parse(body);
  return new Proxy(request, {
    get: (target, property) => (property === "url" ? url : property === "headers" ? headers : property === "body" ? parsed : Reflect.get(target, property)),
  }) as ApiRequest;
}

/** One REST call, routed by trpc-to-openapi to the procedure that declares its method and path. */
async function call(request: Request, body: string | null): Promise<Response> {
  const req = apiRequest(request, body);
  const response = await new Promise<Response>((resolve) => {
    const headers = new Headers();
    const res: ApiResponse = {
      statusCode: 200,
      setHeader: (name, value) => (typeof value === "string" ? headers.set(name, value) : value.forEach((one) => headers.append(name, one))),
      end: (text) => resolve(text === undefined ? new Response(null, { status: res.statusCode, headers }) : textAnswer(text, { status: res.statusCode, headers })),
    };
    void routeToProcedure(req, res as ApiResponse & NodeHTTPResponse);
  });
  if (response.status < 400) return response;
  const failure = failures.get(req);
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
  return respond(request, async () => {
    if (!BODY_METHODS.has(request.method)) return call(request, null);
    const body = await readJsonText(request);
    return idempotent(request, body, () => call(request, body));
  });
}
