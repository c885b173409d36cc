import {
  forEachOpenApiProcedure,
  getInputOutputParsers,
  getPathRegExp,
  instanceofZodTypeKind,
  instanceofZodTypeLikeVoid,
  instanceofZodTypeObject,
  instanceofZodTypeOptional,
  normalizePath,
  type OpenApiProcedureRecord,
} from "trpc-to-openapi";
import type { z } from "zod";
import { fromWebRequest, type ApiRequest, type RequestHead } from "@/server/http/api-request";
import { jsonAnswer, toWebResponse, type Answer } from "@/server/http/answer";
import { createContext } from "@/server/trpc/context";
import { API_PREFIX } from "@/server/trpc/rest-route";
import { appRouter, createCaller } from "@/server/trpc/root";
import { idempotent } from "./idempotency";
import { answering, errorAnswer, readJson, toAnswer } from "./respond";

const BODY_METHODS = new Set(["POST", "PATCH", "PUT"]);

type Caller = ReturnType<typeof createCaller>;

/** A procedure's REST route: its address, how to call it, and which of its query fields are lists. */
type Route = { address: RegExp; call: (caller: Caller, input: unknown) => Promise<unknown>; takesInput: boolean; lists: ReadonlySet<string> };

const isList = (schema: z.ZodType) => instanceofZodTypeKind(schema, "array") || (instanceofZodTypeOptional(schema) && instanceofZodTypeKind(schema.unwrap(), "array"));

/**
 * Every procedure's declared route by method, built once from the declarations trpc-to-openapi reads
 * for the OpenAPI document. The library's own handler merged each procedure's input schemas anew and
 * walked them at every call, turning on string coercion in them in place as it went.
 */
function routeTable(procedures: OpenApiProcedureRecord): Map<string, Route[]> {
  const table = new Map<string, Route[]>();
  forEachOpenApiProcedure(procedures, ({ path, procedure, meta: { openapi } }) => {
    if (procedure._def.type === "subscription") return;
    const input = getInputOutputParsers(procedure).inputParser as z.ZodType;
    const fields = instanceofZodTypeObject(input) ? Object.entries(input.shape as Record<string, z.ZodType>) : [];
    const segments = path.split(".");
    const route: Route = {
      address: getPathRegExp(normalizePath(openapi.path)),
      call: (caller, given) => (segments.reduce<unknown>((at, segment) => (at as Record<string, unknown>)[segment], caller) as (input: unknown) => Promise<unknown>)(given),
      takesInput: !instanceofZodTypeLikeVoid(input),
      lists: new Set(fields.filter(([, schema]) => isList(schema)).map(([name]) => name)),
    };
    table.set(openapi.method, [...(table.get(openapi.method) ?? []), route]);
  });
  return table;
}

const routes = routeTable(appRouter._def.procedures as OpenApiProcedureRecord);

/** A query's fields: one value as itself, repeated ones (and any a list field names) as a list. */
function queryInput(url: URL, lists: ReadonlySet<string>): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    input[name] = values.length === 1 && !lists.has(name) ? values[0]! : values;
  }
  return input;
}

/** One REST call, routed to the procedure that declares its method and path. */
async function call(request: RequestHead, body?: unknown): Promise<Answer> {
  const url = new URL(request.url);
  const path = normalizePath(url.pathname.slice(API_PREFIX.length));
  for (const route of routes.get(request.method) ?? []) {
    const found = route.address.exec(path);
    if (!found) continue;
    const given = body === undefined ? queryInput(url, route.lists) : (body as Record<string, unknown>);
    const input = route.takesInput ? { ...given, ...found.groups } : undefined;
    try {
      const ctx = await createContext({ req: request, resHeaders: new Headers(), credentials: "token" });
      return jsonAnswer(await route.call(createCaller(ctx), input), ctx.answer.status);
    } catch (error) {
      return toAnswer(error);
    }
  }
  return errorAnswer(404, "NOT_FOUND", `There is no ${request.method} ${url.pathname}: the routes are listed at ${API_PREFIX}/openapi.json`);
}

/**
 * The REST API: every route is a procedure's declaration. The body is read here, bounded; an empty
 * one is `{}`. POSTs and PATCHes honour `Idempotency-Key`. Every refusal has the API's error shape.
 */
export function answerRest(request: ApiRequest): Promise<Answer> {
  return answering(request, async () => {
    if (!BODY_METHODS.has(request.method)) return call(request);
    const body = await readJson(request);
    return idempotent(request, body, () => call(request, body));
  });
}

/** The same for Next's catch-all route, which answers the moments of boot before the front door opens. */
export const handleRest = async (request: Request): Promise<Response> => toWebResponse(await answerRest(fromWebRequest(request)));
