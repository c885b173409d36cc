import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const API_ROOT = path.join(process.cwd(), "app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route handler under app/api/v1 and app/api/webhooks, as an OpenAPI path with its exported methods. */
function routeFiles(): { path: string; methods: string[] }[] {
  const found: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const route = "/api/" + path.relative(API_ROOT, dir).split(path.sep).join("/").replace(/\[(\w+)\]/g, "{$1}");
        found.push({ path: route, methods: METHODS.filter((method) => new RegExp(`export (async )?function ${method}\\b`).test(source)).map((m) => m.toLowerCase()) });
      }
    }
  };
  for (const area of ["v1", "webhooks"]) walk(path.join(API_ROOT, area));
  return found.filter((route) => route.path !== "/api/v1/openapi.json");
}

describe("the OpenAPI document", () => {
  const document = openApiDocument("http://localhost:3000");

  it("is OpenAPI 3.1 and describes every REST route and method, and nothing that does not exist", () => {
    expect(document.openapi).toBe("3.1.0");
    const routes = routeFiles();
    expect(Object.keys(document.paths).sort()).toEqual(routes.map((route) => route.path).sort());
    for (const route of routes) {
      expect(Object.keys(document.paths[route.path as keyof typeof document.paths]).sort(), route.path).toEqual(route.methods.sort());
    }
  });

  it("takes request bodies from the zod schemas: constraints and enums come through", () => {
    const newOrder = document.components.schemas.NewOrder as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(newOrder.required).toEqual(expect.arrayContaining(["platform", "external_id", "store_id", "items", "money"]));
    expect(newOrder.properties.platform).toMatchObject({ enum: ["doordash", "uber_eats", "grubhub", "luladirect"] });
    expect(newOrder.properties.short_code).toMatchObject({ pattern: "^[A-Za-z0-9-]{2,12}$" });
  });

  it("describes list filters as comma-separated query parameters with their allowed values", () => {
    const parameters = document.paths["/api/v1/orders"].get.parameters as { name: string; style?: string; schema: { items?: { enum?: string[] } } }[];
    const status = parameters.find((parameter) => parameter.name === "status");
    expect(status).toMatchObject({ style: "form", schema: { items: { enum: expect.arrayContaining(["incoming", "completed"]) } } });
    expect(parameters.map((parameter) => parameter.name)).toContain("has_issue");
  });

  it("documents each platform's webhook payload with its recorded examples", () => {
    const body = document.paths["/api/webhooks/{platform}"].post.requestBody.content["application/json"];
    expect(Object.keys(body.examples)).toHaveLength(16);
    expect(body.examples["uber_eats-courier-arrived"]?.value).toMatchObject({ event_type: "delivery.state_changed" });
    expect(document.webhooks.orderNotification.post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Notification" });
  });

  it("gives every successful answer of the REST API and the webhook route a JSON schema", () => {
    for (const [route, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods as Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>)) {
        const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
        expect(successes.length, `${method} ${route}`).toBeGreaterThan(0);
        for (const [status, response] of successes) expect(response.content?.["application/json"]?.schema, `${method} ${route} ${status}`).toBeDefined();
      }
    }
  });

  it("serializes to JSON with every $ref resolving", () => {
    const text = JSON.stringify(document);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) {
      expect(document.components.schemas, name).toHaveProperty(name!);
    }
  });
});
