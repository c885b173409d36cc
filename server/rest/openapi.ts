import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { createDocument } from "zod-openapi";
import { ACTIONS } from "@/server/domain/access";
import type { Meta } from "@/server/trpc/init";
import { API_PREFIX } from "@/server/trpc/rest-route";
import { appRouter } from "@/server/trpc/root";
import { EXTRA_PATHS, WEBHOOKS } from "./openapi-extras";

type Operation = { description?: string; responses: Record<string, { description: string; content?: unknown }> };

const INFO = {
  title: "Orderboard API",
  version: "1",
  description:
    "Orders in and out of a store's board, and their whole lifecycle: the same operations the store's tablets use. Money is in integer cents " +
    "with a currency code; times are ISO 8601 in UTC. Every change names the `version` it was made on. POSTs and PATCHes honour `Idempotency-Key`. " +
    "Every error answers `{ error: { code, message, issues?, current?, request_id } }`; every answer names its request in `X-Request-Id`.",
};
const SECURITY = { bearer: { type: "http" as const, scheme: "bearer", description: "An API token made by an admin on the API tokens page" } };
const ERROR_SCHEMA = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "What went wrong, for code: VERSION_CONFLICT, ORDER_NOT_FOUND, INVALID_INPUT …" },
        message: { type: "string", description: "What went wrong, for people" },
        issues: { type: "array", items: { type: "object", properties: { path: { type: "array", items: { type: "string" } }, message: { type: "string" } } } },
        current: { type: "object", description: "On a conflict: the order (or issue) as it now is" },
        request_id: { type: "string", description: "The request's id in the server's logs (also the X-Request-Id header): quote it when reporting a problem" },
      },
    },
  },
};

/** Every procedure with a REST route, by "METHOD /path" as the generator names them. */
function restDeclarations(): Map<string, Meta> {
  const found = new Map<string, Meta>();
  for (const procedure of Object.values(appRouter._def.procedures) as unknown as { _def: { meta?: Meta } }[]) {
    const meta = procedure._def.meta;
    if (meta?.openapi) found.set(`${meta.openapi.method.toLowerCase()} ${meta.openapi.path}`, meta);
  }
  return found;
}

/** Says what each operation needs, names 201 answers, and gives every refusal the API's one error shape. */
function finish(operation: Operation, meta: Meta) {
  const ability = meta.access ? ACTIONS[meta.access].token : null;
  if (ability) operation.description = `${operation.description ? `${operation.description}\n\n` : ""}Needs a token with \`${ability}\`.`;
  const ok = operation.responses["200"]!;
  if (meta.created) {
    operation.responses = { "201": { ...ok, description: meta.created }, ...operation.responses };
    if (meta.openapi?.successDescription) ok.description = meta.openapi.successDescription;
    else delete operation.responses["200"];
  }
  delete operation.responses["500"];
  for (const [status, response] of Object.entries(operation.responses)) {
    if (Number(status) >= 400) response.content = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
  }
}

function build(): OpenAPIObject {
  const generated = generateOpenApiDocument(appRouter, { ...INFO, baseUrl: "", securitySchemes: SECURITY });
  const extras = createDocument({ openapi: "3.1.0", info: INFO, paths: EXTRA_PATHS, webhooks: WEBHOOKS });
  const declarations = restDeclarations();
  const paths: Record<string, Record<string, Operation>> = {};
  for (const [path, item] of Object.entries(generated.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) finish(operation, declarations.get(`${method} ${path}`)!);
    paths[`${API_PREFIX}${path}`] = item as Record<string, Operation>;
  }
  const schemas = Object.fromEntries(Object.entries({ ...generated.components?.schemas, ...extras.components?.schemas }).filter(([name]) => !name.startsWith("error.")));
  return {
    ...generated,
    paths: { ...paths, ...extras.paths },
    webhooks: extras.webhooks,
    components: { ...generated.components, schemas: { ...schemas, Error: ERROR_SCHEMA as (typeof schemas)[string] } },
  };
}

let cached: OpenAPIObject | undefined;

/** The REST API, generated from the procedures that declare a route, and the platform webhooks; `origin` is the server to call. */
export function openApiDocument(origin: string): OpenAPIObject {
  cached ??= build();
  return { ...cached, servers: [{ url: origin }] };
}
