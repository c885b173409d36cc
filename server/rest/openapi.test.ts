import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import type { Meta } from "@/server/trpc/init";
import { API_PREFIX } from "@/server/trpc/rest-route";
import { appRouter } from "@/server/trpc/root";
import { makeStore, orderInput } from "@/test-support/orders";
import { callerWith, makeEmployee, makeToken, signInAs } from "@/test-support/people";
import { rest } from "@/test-support/rest";
import { openApiDocument } from "./openapi";

type Operation = {
  operationId: string;
  description?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; examples?: unknown } ; examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
const document = openApiDocument("http://localhost:3000") as unknown as {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  webhooks: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; required?: string[] }> };
};

/** Each procedure that declares a REST route, as the declaration walk finds it. */
const declarations = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta; inputs: { shape?: Record<string, unknown> }[] } }>).flatMap(
  ([name, procedure]) => {
    const openapi = procedure._def.meta?.openapi;
    return openapi ? [{ name, method: openapi.method, path: `${API_PREFIX}${openapi.path}`, inputs: procedure._def.inputs }] : [];
  },
);

/** Route files that are not procedures but belong in the reference: the multipart upload and the platforms' webhooks. */
function documentedRouteFiles(): string[] {
  const root = path.join(process.cwd(), "app/api");
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts" && /^(v1|webhooks)\//.test(file) && !file.startsWith("v1/[...path]") && !file.startsWith("v1/openapi.json"))
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const route = `/api/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
      return ["GET", "POST", "PATCH", "PUT", "DELETE"].filter((method) => new RegExp(`export (async )?function ${method}\\b`).test(source)).map((method) => `${method} ${route}`);
    });
}

const documented = () => Object.entries(document.paths).flatMap(([route, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${route}`));

describe("one declaration per operation", () => {
  it("every REST route is a procedure's declaration, and the document lists exactly the routes that exist", async () => {
    expect(declarations.length).toBeGreaterThanOrEqual(25);
    expect(documented().sort()).toEqual([...declarations.map(({ method, path }) => `${method} ${path}`), ...documentedRouteFiles()].sort());
  });

  it("each documented operation is its procedure: the same name, and the same fields in and out", async () => {
    for (const { name, method, path: route, inputs } of declarations) {
      const operation = document.paths[route]![method.toLowerCase()]!;
      expect(operation.operationId, `${method} ${route}`).toBe(name.replace(/\./g, "-"));
      const fields = new Set(inputs.flatMap((input) => Object.keys(input.shape ?? {})));
      const documentedFields = [
        ...(operation.parameters ?? []).filter((parameter) => parameter.in !== "header").map((parameter) => parameter.name),
        ...Object.keys(operation.requestBody?.content["application/json"]?.schema.properties ?? {}),
      ];
      expect(new Set(documentedFields), `${method} ${route}`).toEqual(fields);
    }
  });

  it("the REST API routes every declared operation to its procedure (asked without a token, each says who it wants, not that it does not exist)", async () => {
    for (const { method, path: route } of declarations) {
      const response = await rest(method, route.replace(/\{[^}]+\}/g, "1"), { body: method === "GET" || method === "DELETE" ? undefined : {} });
      expect(response.status, `${method} ${route}`).toBe(401);
      expect((await response.json()).error.code, `${method} ${route}`).toBe("NOT_SIGNED_IN");
    }
  });

  it("the tRPC twin and the REST route answer the same order the same way", async () => {
    const storeId = await makeStore();
    const { order } = await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const { caller } = callerWith((await signInAs((await makeEmployee("staff", [storeId])).id)).token);
    const overRest = await (await rest("GET", `/api/v1/orders/${order.id}`, { token: await makeToken(["orders:read"]) })).json();
    expect(await caller.orders.get({ id: order.id })).toEqual(overRest);
  });
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1, and says for each operation which token ability it needs", async () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/api/v1/orders/{id}"]!.delete!.description).toContain("`orders:delete`");
    expect(document.paths["/api/v1/orders/{id}/accept"]!.post!.description).toContain("`orders:write`");
    expect(document.paths["/api/v1/issues"]!.get!.description).toContain("`issues:read`");
  });

  it("takes request bodies from the zod schemas: constraints and enums come through", async () => {
    const newOrder = document.paths["/api/v1/orders"]!.post!.requestBody!.content["application/json"]!.schema as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(newOrder.required).toEqual(expect.arrayContaining(["platform", "external_id", "store_id", "items", "money"]));
    expect(newOrder.properties.platform).toMatchObject({ enum: ["doordash", "uber_eats", "grubhub", "luladirect", "direct"] });
    expect(newOrder.properties.short_code).toMatchObject({ pattern: "^[A-Za-z0-9-]{2,12}$" });
  });

  it("describes list filters as query parameters with their allowed values, and every POST and PATCH takes an Idempotency-Key", async () => {
    const parameters = document.paths["/api/v1/orders"]!.get!.parameters as unknown as { name: string; schema: { items?: { enum?: string[] } }; description?: string }[];
    expect(parameters.find((parameter) => parameter.name === "status")).toMatchObject({ schema: { items: { enum: expect.arrayContaining(["incoming", "completed"]) } } });
    expect(parameters.map((parameter) => parameter.name)).toContain("has_issue");
    for (const { method, path: route } of declarations.filter(({ method }) => method === "POST" || method === "PATCH")) {
      expect(document.paths[route]![method.toLowerCase()]!.parameters, `${method} ${route}`).toContainEqual(expect.objectContaining({ in: "header", name: "idempotency-key" }));
    }
  });

  it("answers 201 where something is created, and every refusal in the one error shape", async () => {
    expect(Object.keys(document.paths["/api/v1/orders"]!.post!.responses)).toEqual(expect.arrayContaining(["200", "201", "409", "422"]));
    expect(Object.keys(document.paths["/api/v1/orders/{id}/issues"]!.post!.responses)).not.toContain("200");
    for (const [route, item] of Object.entries(document.paths)) {
      if (route.startsWith("/api/webhooks") || route.endsWith("/attachments")) continue;
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400) expect(response.content?.["application/json"]?.schema, `${method} ${route} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
        }
      }
    }
  });

  it("documents each platform's webhook payload with its recorded examples", async () => {
    const body = document.paths["/api/webhooks/{platform}"]!.post!.requestBody!.content["application/json"]!;
    expect(Object.keys(body.examples ?? {})).toHaveLength(30);
    expect(body.examples?.["uber_eats-courier-arrived"]?.value).toMatchObject({ event_type: "delivery.state_changed" });
    expect(body.examples?.["grubhub-handover-failed"]?.value).toMatchObject({ type: "HANDOFF_FAILED" });
    expect(body.examples?.["direct-order-placed"]?.value).toMatchObject({ type: "order.placed", order: { channel: "web" } });
    expect(document.webhooks.orderNotification!.post!.requestBody!.content["application/json"]!.schema).toEqual({ $ref: "#/components/schemas/Notification" });
  });

  it("gives every successful answer a JSON schema", async () => {
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
        expect(successes.length, `${method} ${route}`).toBeGreaterThan(0);
        for (const [status, response] of successes) expect(response.content?.["application/json"]?.schema, `${method} ${route} ${status}`).toBeDefined();
      }
    }
  });

  it("serializes to JSON with every $ref resolving", async () => {
    const text = JSON.stringify(document);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([\w.]+)"/g)) {
      expect(document.components.schemas, name).toHaveProperty(name!);
    }
  });
});
