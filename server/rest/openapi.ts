import { z } from "zod";
import { ZNewOrder } from "@/server/domain/new-order";
import { ZNewIssue } from "@/server/domain/order-issue";
import { NOTIFICATION_TYPES } from "@/server/domain/platform-notification";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/server/domain/platforms";
import { ZDoorDashWebhook } from "@/server/integrations/adapters/doordash";
import { ZGrubhubWebhook } from "@/server/integrations/adapters/grubhub";
import { ZLulaDirectWebhook } from "@/server/integrations/adapters/luladirect";
import { ZUberEatsWebhook } from "@/server/integrations/adapters/uber-eats";
import { EXAMPLE_NAMES, WEBHOOK_EXAMPLES } from "@/server/integrations/examples";
import { ZListIssues } from "@/server/services/list-issues";
import { ZListOrders } from "@/server/services/list-orders";
import { ISSUE_QUERY, ORDER_QUERY, type QueryParam } from "./query-params";
import { ZApiIssue, ZApiItem, ZApiOrder, ZOrderPage } from "./api-schemas";
import { MAX_JSON_BYTES } from "./respond";
import { ZCartPatch, ZIssuePatch, ZItemPatch } from "./request-schemas";

type Schema = Record<string, unknown>;

/** JSON Schema (2020-12, which OpenAPI 3.1 uses) of what a client sends, or (`output`) of what it gets back. */
function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Schema {
  const result = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Schema;
  delete result.$schema;
  return result;
}

const PLATFORM_WEBHOOK_SCHEMAS: Record<Platform, z.ZodType> = {
  doordash: ZDoorDashWebhook,
  uber_eats: ZUberEatsWebhook,
  grubhub: ZGrubhubWebhook,
  luladirect: ZLulaDirectWebhook,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema, extra: Schema = {}) => ({ content: { "application/json": { schema, ...extra } } });
const object = (properties: Record<string, Schema>) => ({ type: "object", required: Object.keys(properties), properties });
const ok = (description: string, schema: Schema) => ({ description, ...json(schema) });
const ONE_ORDER = object({ order: ref("Order") });
const ONE_ISSUE = object({ issue: ref("Issue") });
const error = (description: string) => ({ description, ...json(ref("Error")) });

const ERRORS = {
  "400": error("Malformed JSON or a body that does not match the schema; `issues` names each field"),
  "401": error("No valid Bearer token"),
  "403": error("The token lacks the ability, or is scoped to another store"),
};
const NOT_FOUND = { "404": error("No such order, item, issue or store") };
const CONFLICT = { "409": error("`version` is stale or the order's status does not allow it; `current` is the order as it stands") };
const UNPROCESSABLE = { "422": error("Well-formed but not a valid change (money that does not add up, an unknown store)") };
const BODY_LIMITS = { "413": error(`The body is larger than ${MAX_JSON_BYTES / 1024} KiB`), "415": error("The body is not JSON") };

function queryParameters(spec: readonly QueryParam[], schema: z.ZodObject) {
  return spec.map(({ name, field, kind, description }) => {
    const fieldSchema = schema.shape[field] as z.ZodType;
    return { name, in: "query", required: false, description, ...(kind === "list" ? { style: "form", explode: false } : {}), schema: jsonSchema(fieldSchema) };
  });
}

const pathId = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const ORDER_ID = pathId("id", "The order's id");
const ISSUE_ID = pathId("id", "The issue's id");

function operation<T extends Schema>(summary: string, ability: string, rest: T) {
  return { summary, description: `Needs a token with \`${ability}\`.`, security: [{ bearer: [] }], ...rest };
}

/** The REST API and the platform webhooks, described from the zod schemas the handlers parse with. */
export function openApiDocument(serverUrl: string) {
  const orderQuery = queryParameters(ORDER_QUERY, ZListOrders);
  const ordersPage = { "200": ok("A page of orders and `next_cursor` (null on the last page)", ref("OrderPage")) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Orderboard API",
      version: "1",
      description:
        "Orders in and out of a store's board. Money is in integer cents with a currency code; times are ISO 8601 in UTC. " +
        "Every error answers `{ error: { code, message, issues?, current? } }`.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API token made by an admin on the API tokens page" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: { code: { type: "string" }, message: { type: "string" }, issues: { type: "array", items: { type: "object" } }, current: { type: "object" } },
            },
          },
        },
        Order: jsonSchema(ZApiOrder, "output"),
        Item: jsonSchema(ZApiItem, "output"),
        OrderPage: jsonSchema(ZOrderPage, "output"),
        Issue: jsonSchema(ZApiIssue, "output"),
        NewOrder: jsonSchema(ZNewOrder),
        CartPatch: jsonSchema(ZCartPatch),
        ItemPatch: jsonSchema(ZItemPatch),
        NewIssue: jsonSchema(ZNewIssue),
        IssuePatch: jsonSchema(ZIssuePatch),
        Notification: {
          type: "object",
          required: ["type", "timestamp", "data"],
          properties: {
            type: { type: "string", enum: [...NOTIFICATION_TYPES] },
            timestamp: { type: "string", format: "date-time" },
            data: {
              type: "object",
              properties: {
                order_id: { type: "string", description: "The platform's own order id" },
                merchant_supplied_id: { type: "string", description: "Our order id" },
                store_id: { type: "string" },
                order_status: { type: "string", enum: ["success", "fail"] },
                prep_time: { type: "string", format: "date-time", description: "When the order will be ready" },
                prep_minutes: { type: "integer" },
                failure_reason: { type: "string" },
                reason_code: { type: "string" },
                cancel_reason: { type: "string" },
                cancel_details: { type: "string" },
              },
            },
          },
        },
        ...Object.fromEntries(PLATFORMS.map((platform) => [`${platform}_webhook`, jsonSchema(PLATFORM_WEBHOOK_SCHEMAS[platform])])),
      },
    },
    paths: {
      "/api/v1/orders": {
        get: operation("List orders", "orders:read", { parameters: orderQuery, responses: { ...ordersPage, ...ERRORS } }),
        post: operation("Submit an order", "orders:write", {
          description:
            "Needs `orders:write`. Idempotent on (platform, store_id, external_id): a repeat answers 200 with the order already stored at that store. " +
            "An id the platform's own signed webhook already brought in at that store is refused with 409 `ORDER_EXISTS`, without the order.",
          requestBody: { required: true, ...json(ref("NewOrder")) },
          responses: {
            "201": ok("Created", ONE_ORDER),
            "200": ok("Already received: the stored order", ONE_ORDER),
            ...ERRORS,
            "409": error("`ORDER_EXISTS`: the platform's own delivery brought this order in already"),
            ...UNPROCESSABLE,
            ...BODY_LIMITS,
          },
        }),
      },
      "/api/v1/orders/count": {
        get: operation("Count orders by status", "orders:read", { parameters: orderQuery.filter((p) => !["sort", "dir", "cursor", "limit"].includes(p.name)), responses: {
            "200": ok(
              "Counts by status, and active/finished totals",
              object({ by_status: { type: "object", additionalProperties: { type: "integer" } }, active: { type: "integer" }, finished: { type: "integer" }, total: { type: "integer" } }),
            ),
            ...ERRORS,
          },
        }),
      },
      "/api/v1/orders/history": {
        get: operation("Finished orders", "orders:read", { description: "Completed, cancelled and denied orders, newest first.", parameters: orderQuery, responses: { ...ordersPage, ...ERRORS } }),
      },
      "/api/v1/orders/{id}": { get: operation("One order with its lines", "orders:read", { parameters: [ORDER_ID], responses: { "200": ok("The order", ONE_ORDER), ...ERRORS, ...NOT_FOUND } }) },
      "/api/v1/orders/{id}/items": { get: operation("An order's lines", "orders:read", { parameters: [ORDER_ID], responses: { "200": ok("The lines, removed ones included", object({ items: { type: "array", items: ref("Item") } })), ...ERRORS, ...NOT_FOUND } }) },
      "/api/v1/orders/{id}/items/{itemId}": {
        get: operation("One line", "orders:read", { parameters: [ORDER_ID, pathId("itemId", "The line's id")], responses: { "200": ok("The line", object({ item: ref("Item") })), ...ERRORS, ...NOT_FOUND } }),
        patch: operation("Change a line's quantity or instructions", "orders:write", {
          parameters: [ORDER_ID, pathId("itemId", "The line's id")],
          requestBody: { required: true, ...json(ref("ItemPatch")) },
          responses: { "200": ok("The order after the change", ONE_ORDER), ...ERRORS, ...NOT_FOUND, ...CONFLICT, ...UNPROCESSABLE, ...BODY_LIMITS },
        }),
      },
      "/api/v1/orders/{id}/cart": {
        patch: operation("Change the cart atomically", "orders:write", {
          parameters: [ORDER_ID],
          requestBody: { required: true, ...json(ref("CartPatch")) },
          responses: { "200": ok("The order after the change", ONE_ORDER), ...ERRORS, ...NOT_FOUND, ...CONFLICT, ...UNPROCESSABLE, ...BODY_LIMITS },
        }),
      },
      "/api/v1/orders/{id}/issues": {
        post: operation("Report an issue with an order", "issues:write", {
          parameters: [ORDER_ID],
          requestBody: { required: true, ...json(ref("NewIssue")) },
          responses: { "201": ok("The issue", ONE_ISSUE), ...ERRORS, ...NOT_FOUND, ...BODY_LIMITS },
        }),
      },
      "/api/v1/stores": {
        get: operation("Stores the token may see", "orders:read", {
          responses: {
            "200": ok("The stores", object({ stores: { type: "array", items: object({ id: { type: "string" }, name: { type: "string" }, timezone: { type: "string" } }) } })),
            ...ERRORS,
          },
        }),
      },
      "/api/v1/stores/{id}/orders": {
        get: operation("One store's orders", "orders:read", { parameters: [pathId("id", "The store's id"), ...orderQuery.filter((p) => p.name !== "store_id")], responses: { ...ordersPage, ...ERRORS, ...NOT_FOUND } }),
      },
      "/api/v1/issues": {
        get: operation("List issues", "issues:read", { parameters: queryParameters(ISSUE_QUERY, ZListIssues), responses: { "200": ok("A page of issues, urgent first", object({ issues: { type: "array", items: ref("Issue") }, next_cursor: { type: ["string", "null"] } })), ...ERRORS } }),
      },
      "/api/v1/issues/{id}": {
        get: operation("One issue with attachments and log", "issues:read", {
          parameters: [ISSUE_ID],
          responses: {
            "200": ok(
              "The issue, with its attachments and every change",
              object({ issue: { allOf: [ref("Issue"), object({ attachments: { type: "array", items: { type: "object" } }, log: { type: "array", items: { type: "object" } } })] } }),
            ),
            ...ERRORS,
            ...NOT_FOUND,
          },
        }),
        patch: operation("Update an issue", "issues:write", {
          parameters: [ISSUE_ID],
          requestBody: { required: true, ...json(ref("IssuePatch")) },
          responses: { "200": ok("The issue after the change", ONE_ISSUE), ...ERRORS, ...NOT_FOUND, ...CONFLICT, ...BODY_LIMITS },
        }),
      },
      "/api/v1/issues/{id}/attachments": {
        post: operation("Attach a photo or file to an issue", "issues:write", {
          parameters: [ISSUE_ID],
          requestBody: {
            required: true,
            content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } } } },
          },
          responses: { "201": ok("The attachment's id", object({ attachment: object({ id: { type: "integer" } }) })), ...ERRORS, ...NOT_FOUND, "413": error("The file is too large"), "415": error("Not a JPEG, PNG, WebP or PDF") },
        }),
      },
      "/api/webhooks/{platform}": {
        post: {
          summary: "A delivery platform's webhook",
          description:
            "Signed with Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 over `id.timestamp.body` with the store's " +
            "signing secret, 5 minutes' tolerance). Each platform sends its own payload shape (see the `<platform>_webhook` schemas and their examples). " +
            "Deduplicated on `webhook-id` and on the platform's order id. A signed delivery that cannot be read is kept in quarantine and answered 200.",
          parameters: [{ name: "platform", in: "path", required: true, schema: { type: "string", enum: [...PLATFORMS] } }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { oneOf: PLATFORMS.map((platform) => ref(`${platform}_webhook`)) },
                examples: Object.fromEntries(
                  PLATFORMS.flatMap((platform) =>
                    EXAMPLE_NAMES.filter((name) => name !== "malformed").map((name) => [
                      `${platform}-${name}`,
                      { summary: `${PLATFORM_LABELS[platform]}: ${name.replace("-", " ")}`, value: WEBHOOK_EXAMPLES[platform][name] },
                    ]),
                  ),
                ),
              },
            },
          },
          responses: {
            "200": ok(
              "Taken: `outcome` is applied, unchanged (a repeat) or quarantined",
              object({
                received: { const: true },
                outcome: { type: "string", enum: ["applied", "unchanged", "quarantined"] },
                duplicate: { type: "boolean", description: "This webhook-id was taken before" },
                order_id: { type: ["integer", "null"] },
                detail: { type: ["string", "null"] },
              }),
            ),
            "401": error("Missing or invalid signature, or a timestamp outside the tolerance"),
            "404": error("Not a platform we take webhooks from"),
            ...BODY_LIMITS,
            "503": error("We could not store it; send it again (Retry-After)"),
          },
        },
      },
    },
    webhooks: {
      orderNotification: {
        post: {
          summary: "What we tell a platform about its order",
          description:
            "POSTed to the store's endpoint for the platform, signed like inbound webhooks with the same secrets; `webhook-id` is stable across retries. " +
            "Retried after about 1 s, 2 s, 4 s … (capped at 60 s, ±20 % jitter) on network errors, 5xx, 408, 409 and 429 (honouring Retry-After); " +
            "accept and deny until the platform's accept deadline, the others for 30 minutes; then dead-lettered.",
          requestBody: { required: true, ...json(ref("Notification")) },
          responses: { "200": { description: "Any 2xx marks it sent" } },
        },
      },
    },
  };
}
