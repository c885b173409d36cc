import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as tabletAttachment } from "@/app/api/issues/[id]/attachments/route";
import { GET as getAttachmentFile } from "@/app/api/issues/[id]/attachments/[attachmentId]/route";
import { GET as exportRoute } from "@/app/api/orders/export/route";
import { POST as postPhoto } from "@/app/api/orders/[id]/photos/route";
import { GET as getPhoto } from "@/app/api/orders/[id]/photos/[photoId]/route";
import { POST as apiAttachment } from "@/app/api/v1/issues/[id]/attachments/route";
import { POST as benchFloorRoute } from "@/app/api/bench/floor/route";
import { GET as healthRoute } from "@/app/healthz/route";
import { GET as readyRoute } from "@/app/readyz/route";
import { GET as serviceWorkerRoute } from "@/app/serwist/[path]/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { POST as webhookRoute } from "@/app/api/webhooks/[platform]/route";
import { GET as trackRoute } from "@/app/api/track/[token]/route";
import { POST as arrivedRoute } from "@/app/api/track/[token]/arrived/route";
import { startFeedServer } from "@/test-support/feed-server";
import { freshDelivery } from "@/server/demo/webhook-templates";
import { ABILITIES, type Ability } from "@/server/domain/access";
import { ZNewIssue } from "@/server/domain/order-issue";
import { newSigningSecret, signedHeaders } from "@/server/integrations/signature";
import { acceptOrder } from "@/server/services/accept-order";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { addBagPhoto } from "@/server/services/add-bag-photo";
import { addIssueAttachment } from "@/server/services/add-issue-attachment";
import { createApiToken, revokeApiToken } from "@/server/services/api-tokens";
import { createOrder } from "@/server/services/create-order";
import { addMenuItem } from "@/server/services/menu";
import { ZMenuItemInput } from "@/server/domain/menu";
import { deleteOrder } from "@/server/services/delete-order";
import { getIssue } from "@/server/services/get-issue";
import { advanceOrder } from "@/server/services/move-order";
import { saveConnection } from "@/server/services/platform-connections";
import { reportIssue } from "@/server/services/report-issue";
import { startSession } from "@/server/services/sessions";
import type { Meta } from "@/server/trpc/init";
import { API_PREFIX } from "@/server/trpc/rest-route";
import { appRouter } from "@/server/trpc/root";
import { duplicateReports, makeStore, orderInput, readyOrder } from "@/test-support/orders";
import { makeToken, matrixPeople } from "@/test-support/people";
import { rest } from "@/test-support/rest";


/**
 * Who may call each route that is not a tRPC procedure's own endpoint: every REST operation (each a
 * procedure's declared route), and every route file (files, the export, the live feed, webhooks,
 * the OpenAPI document). A route added without a row fails the first test of its kind.
 */
const storeA = await makeStore();
const storeB = await makeStore();
const people = {} as Record<"staffA" | "staffB" | "managerA" | "admin", { id: number }>;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
let uploads = 0;
let orderId = 0;
let itemId = 0;
let issueId = 0;
let photoId = 0;
let attachmentId = 0;
let deletedId = 0;
const webhookSecret = newSigningSecret();

beforeAll(async () => {
  Object.assign(people, await matrixPeople(storeA, storeB));
  const order = await bagging();
  orderId = order.id;
  itemId = order.items[0]!.id;
  issueId = (await reportIssue({ orderId, issue: ZNewIssue.parse({ type: "wrong_items", description: "Wrong shake" }), actor: SYSTEM_ACTOR })).issue!.id;
  photoId = (await addBagPhoto({ orderId, bytes: PNG, actor: SYSTEM_ACTOR })).event.data!.photoId as number;
  attachmentId = (await addIssueAttachment({ issueId, bytes: new Uint8Array([...PNG, 1]), fileName: "shake.png", actor: SYSTEM_ACTOR })).event.data!.attachmentId as number;
  deletedId = (await deleteOrder({ orderId: (await createOrder(orderInput(storeA), SYSTEM_ACTOR)).order.id, actor: SYSTEM_ACTOR })).order.id;
  await saveConnection({ storeId: storeA, platform: "grubhub", enabled: true, endpointUrl: null, signingSecrets: [webhookSecret], acceptDeadlineMinutes: 10 }, SYSTEM_ACTOR);
});

const freshOrder = async () => (await createOrder(orderInput(storeA), SYSTEM_ACTOR)).order;
const current = (order: { version: number }) => ({ version: order.version });
const accepted = async () => (await acceptOrder({ orderId: (await freshOrder()).id, prepMinutes: 10, actor: SYSTEM_ACTOR })).order;
const bagging = async () => (await advanceOrder({ orderId: (await accepted()).id, to: "bagging", actor: SYSTEM_ACTOR })).order;
const upload = (field: string) => {
  const form = new FormData();
  form.set(field, new File([new Uint8Array([...PNG, ++uploads % 250, Math.floor(uploads / 250)])], "photo.png", { type: "image/png" }));
  return form;
};
const params = <T extends Record<string, string | number>>(values: T) =>
  ({ params: Promise.resolve(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]))) }) as { params: Promise<Record<keyof T, string>> };
const request = (method: string, url: string, headers: Record<string, string>, body?: BodyInit) => new Request(`http://board.local${url}`, { method, headers, body });

type Headers = Record<string, string>;
/** A REST call that works for a caller allowed to make it: an allowed cell proves the call succeeds, not merely that the guard let it by. */
type RestRow = { ability: Ability; allowed: number; /** Lists answer a token of another store with its own share rather than a refusal. */ filtersByStore?: boolean; send: (headers: Headers) => Promise<Response> };
const call = (method: string, url: string, body?: unknown) => (headers: Headers) => rest(method, url, { body, headers });

const REST: Record<string, RestRow> = {
  "POST /api/v1/orders": { ability: "orders:write", allowed: 201, send: (h) => call("POST", "/api/v1/orders", orderInput(storeA))(h) },
  "GET /api/v1/orders": { ability: "orders:read", allowed: 200, filtersByStore: true, send: call("GET", "/api/v1/orders") },
  "GET /api/v1/orders/count": { ability: "orders:read", allowed: 200, filtersByStore: true, send: call("GET", "/api/v1/orders/count") },
  "GET /api/v1/orders/totals": { ability: "orders:read", allowed: 200, filtersByStore: true, send: call("GET", "/api/v1/orders/totals") },
  "GET /api/v1/orders/history": { ability: "orders:read", allowed: 200, filtersByStore: true, send: call("GET", "/api/v1/orders/history") },
  "GET /api/v1/stores": { ability: "orders:read", allowed: 200, filtersByStore: true, send: call("GET", "/api/v1/stores") },
  "GET /api/v1/stores/{store_id}/orders": { ability: "orders:read", allowed: 200, send: (h) => call("GET", `/api/v1/stores/${storeA}/orders`)(h) },
  "GET /api/v1/stores/{id}/items": { ability: "stores:read", allowed: 200, send: (h) => call("GET", `/api/v1/stores/${storeA}/items`)(h) },
  "POST /api/v1/stores/{id}/items": { ability: "stores:write", allowed: 201, send: (h) => call("POST", `/api/v1/stores/${storeA}/items`, { name: `Dish ${randomUUID()}`, price_cents: 900 })(h) },
  "PATCH /api/v1/stores/{id}/items/{itemId}": {
    ability: "stores:write",
    allowed: 200,
    send: async (h) => call("PATCH", `/api/v1/stores/${storeA}/items/${(await addMenuItem(storeA, ZMenuItemInput.parse({ name: `Dish ${randomUUID()}`, price_cents: 900 }))).id}`, { price_cents: 950 })(h),
  },
  "GET /api/v1/orders/{id}": { ability: "orders:read", allowed: 200, send: (h) => call("GET", `/api/v1/orders/${orderId}`)(h) },
  "POST /api/v1/stores/{id}/items/{itemId}/availability": {
    ability: "stores:write",
    allowed: 200,
    send: async (h) => call("POST", `/api/v1/stores/${storeA}/items/${(await addMenuItem(storeA, ZMenuItemInput.parse({ name: `Dish ${randomUUID()}`, price_cents: 900 }))).id}/availability`, { available: false })(h),
  },
  "GET /api/v1/stores/{id}/availability": { ability: "stores:read", allowed: 200, send: (h) => call("GET", `/api/v1/stores/${storeA}/availability`)(h) },
  "PUT /api/v1/stores/{id}/availability": { ability: "stores:write", allowed: 200, send: (h) => call("PUT", `/api/v1/stores/${storeA}/availability`, { paused: false })(h) },
  "GET /api/v1/stores/{id}/busy-auto": { ability: "stores:read", allowed: 200, send: (h) => call("GET", `/api/v1/stores/${storeA}/busy-auto`)(h) },
  "PUT /api/v1/stores/{id}/busy-auto": { ability: "stores:write", allowed: 200, send: (h) => call("PUT", `/api/v1/stores/${storeA}/busy-auto`, { enabled: false, max_minutes: 30 })(h) },
  "GET /api/v1/stores/{id}/hours": { ability: "stores:read", allowed: 200, send: (h) => call("GET", `/api/v1/stores/${storeA}/hours`)(h) },
  "PUT /api/v1/stores/{id}/hours": { ability: "stores:write", allowed: 200, send: (h) => call("PUT", `/api/v1/stores/${storeA}/hours`, { hours: null })(h) },
  "GET /api/v1/stores/{id}/heartbeat": { ability: "stores:read", allowed: 200, send: (h) => call("GET", `/api/v1/stores/${storeA}/heartbeat`)(h) },
  "PUT /api/v1/stores/{id}/heartbeat": { ability: "stores:write", allowed: 200, send: (h) => call("PUT", `/api/v1/stores/${storeA}/heartbeat`, { minutes: 5, alert_url: null })(h) },
  "GET /api/v1/stores/{id}/auto-accept": { ability: "stores:read", allowed: 200, send: (h) => call("GET", `/api/v1/stores/${storeA}/auto-accept`)(h) },
  "PUT /api/v1/stores/{id}/auto-accept": {
    ability: "stores:write",
    allowed: 200,
    send: (h) => call("PUT", `/api/v1/stores/${storeA}/auto-accept`, { platforms: [], prep_minutes: 15, max_items: null, max_total_cents: null })(h),
  },
  "GET /api/v1/orders/{id}/items": { ability: "orders:read", allowed: 200, send: (h) => call("GET", `/api/v1/orders/${orderId}/items`)(h) },
  "GET /api/v1/orders/{id}/items/{item_id}": { ability: "orders:read", allowed: 200, send: (h) => call("GET", `/api/v1/orders/${orderId}/items/${itemId}`)(h) },
  "PATCH /api/v1/orders/{id}/items/{item_id}": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => {
      const order = await freshOrder();
      return call("PATCH", `/api/v1/orders/${order.id}/items/${order.items[0]!.id}`, { ...current(order), reason: { code: "customer_request" }, special_instructions: "No salt" })(h);
    },
  },
  "PATCH /api/v1/orders/{id}/cart": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => {
      const order = await freshOrder();
      return call("PATCH", `/api/v1/orders/${order.id}/cart`, { ...current(order), reason: { code: "customer_request" }, changes: [{ op: "quantity", item_id: order.items[0]!.id, quantity: 1 }] })(h);
    },
  },
  "POST /api/v1/orders/{id}/accept": { ability: "orders:write", allowed: 200, send: async (h) => call("POST", `/api/v1/orders/${(await freshOrder()).id}/accept`, { version: 1, prep_minutes: 15 })(h) },
  "POST /api/v1/orders/{id}/deny": { ability: "orders:write", allowed: 200, send: async (h) => call("POST", `/api/v1/orders/${(await freshOrder()).id}/deny`, { version: 1, reason: { code: "STORE_CLOSED" } })(h) },
  "POST /api/v1/orders/{id}/cancel": { ability: "orders:write", allowed: 200, send: async (h) => call("POST", `/api/v1/orders/${(await freshOrder()).id}/cancel`, { reason: { code: "CUSTOMER_REQUEST" } })(h) },
  "POST /api/v1/orders/{id}/status": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => {
      const order = await accepted();
      return call("POST", `/api/v1/orders/${order.id}/status`, { ...current(order), status: "bagging" })(h);
    },
  },
  "POST /api/v1/orders/{id}/customer-arrived": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => {
      const { order } = await createOrder(orderInput(storeA, { fulfillment: { type: "curbside" } }), SYSTEM_ACTOR);
      return call("POST", `/api/v1/orders/${order.id}/customer-arrived`, { spot: "4" })(h);
    },
  },
  "GET /api/v1/customers/{id}": {
    ability: "orders:read",
    allowed: 200,
    send: async (h) => {
      const { order } = await createOrder(orderInput(storeA), SYSTEM_ACTOR);
      return call("GET", `/api/v1/customers/${order.customerId}`)(h);
    },
  },
  "POST /api/v1/orders/{id}/handover-failed": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => call("POST", `/api/v1/orders/${(await readyOrder(storeA, "pickup")).id}/handover-failed`, { outcome: "not_picked_up", reason: "Nobody came" })(h),
  },
  "POST /api/v1/orders/{id}/paid": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => {
      const { order } = await createOrder(orderInput(storeA, { fulfillment: { type: "drive_thru" }, payment: { method: "cash", paid: false } }), SYSTEM_ACTOR);
      return call("POST", `/api/v1/orders/${order.id}/paid`, current(order))(h);
    },
  },
  "POST /api/v1/orders/{id}/recall": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => {
      const order = await bagging();
      return call("POST", `/api/v1/orders/${order.id}/recall`, current(order))(h);
    },
  },
  "POST /api/v1/orders/{id}/prep-time": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => {
      const order = await accepted();
      return call("POST", `/api/v1/orders/${order.id}/prep-time`, { ...current(order), prep_minutes: 25 })(h);
    },
  },
  "POST /api/v1/orders/{id}/acknowledge": { ability: "orders:write", allowed: 200, send: async (h) => call("POST", `/api/v1/orders/${(await freshOrder()).id}/acknowledge`)(h) },
  "POST /api/v1/orders/{id}/delivery-status": {
    ability: "orders:write",
    allowed: 200,
    send: async (h) => call("POST", `/api/v1/orders/${(await freshOrder()).id}/delivery-status`, { status: "dasher_confirmed", courier: { name: "Kim", phone: "+15550001111" } })(h),
  },
  "PATCH /api/v1/orders/{id}": { ability: "orders:write", allowed: 200, send: async (h) => call("PATCH", `/api/v1/orders/${(await freshOrder()).id}`, { version: 1, special_instructions: "Ring twice" })(h) },
  "DELETE /api/v1/orders/{id}": { ability: "orders:delete", allowed: 200, send: async (h) => call("DELETE", `/api/v1/orders/${(await freshOrder()).id}`)(h) },
  "GET /api/v1/orders/{id}/deletion": { ability: "orders:delete", allowed: 200, send: (h) => call("GET", `/api/v1/orders/${deletedId}/deletion`)(h) },
  "POST /api/v1/orders/{id}/issues": { ability: "issues:write", allowed: 201, send: (h) => call("POST", `/api/v1/orders/${orderId}/issues`, { type: "quality_issues", description: "Cold" })(h) },
  "GET /api/v1/issues": { ability: "issues:read", allowed: 200, filtersByStore: true, send: call("GET", "/api/v1/issues") },
  "GET /api/v1/issues/{id}": { ability: "issues:read", allowed: 200, send: (h) => call("GET", `/api/v1/issues/${issueId}`)(h) },
  "PATCH /api/v1/issues/{id}": {
    ability: "issues:write",
    allowed: 200,
    send: async (h) => {
      const issue = await getIssue(issueId);
      return call("PATCH", `/api/v1/issues/${issueId}`, { version: issue.version, priority: issue.priority === "low" ? "medium" : "low" })(h);
    },
  },
  "POST /api/v1/issues/{id}/merge": {
    ability: "issues:write",
    allowed: 200,
    send: async (h) => {
      const { duplicate, kept } = await duplicateReports(storeA);
      return call("POST", `/api/v1/issues/${duplicate.id}/merge`, { into: kept.id, version: duplicate.version })(h);
    },
  },
  "POST /api/v1/issues/{id}/attachments": {
    ability: "issues:write",
    allowed: 201,
    send: (h) => apiAttachment(request("POST", `/api/v1/issues/${issueId}/attachments`, h, upload("file")), params({ id: issueId })),
  },
};

/** The routes pages call with their session: the person's level at the store of what they touch. */
type Level = "staff" | "manager";
type SessionRow = { level: Level; allowed: number; send: (headers: Headers) => Promise<Response> };
const SESSION: Record<string, SessionRow> = {
  "GET /api/stores/{storeId}/events": {
    level: "staff",
    allowed: 200,
    send: async (h) => {
      const server = await startFeedServer();
      const controller = new AbortController();
      const response = await fetch(`${server.url}/api/stores/${storeA}/events`, { headers: h, signal: controller.signal });
      // A refusal is read whole; an opened stream is only let go.
      const body = response.status === 200 ? null : await response.text();
      controller.abort();
      await server.close();
      return new Response(body, response);
    },
  },
  "GET /api/orders/export": { level: "manager", allowed: 200, send: (h) => exportRoute(request("GET", `/api/orders/export?store_id=${storeA}`, h)) },
  "POST /api/orders/{id}/photos": { level: "staff", allowed: 201, send: (h) => postPhoto(request("POST", `/api/orders/${orderId}/photos`, h, upload("photo")), params({ id: orderId })) },
  "GET /api/orders/{id}/photos/{photoId}": { level: "staff", allowed: 200, send: (h) => getPhoto(request("GET", `/api/orders/${orderId}/photos/${photoId}`, h), params({ id: orderId, photoId })) },
  "POST /api/issues/{id}/attachments": {
    level: "staff",
    allowed: 201,
    send: async (h) => {
      const { issue } = await reportIssue({ orderId, issue: ZNewIssue.parse({ type: "missing_items", description: "No fries" }), actor: SYSTEM_ACTOR });
      return tabletAttachment(request("POST", `/api/issues/${issue!.id}/attachments`, h, upload("file")), params({ id: issue!.id }));
    },
  },
  "GET /api/issues/{id}/attachments/{attachmentId}": {
    level: "staff",
    allowed: 200,
    send: (h) => getAttachmentFile(request("GET", `/api/issues/${issueId}/attachments/${attachmentId}`, h), params({ id: issueId, attachmentId })),
  },
};

/** Routes nobody signs in to: their own proof (a platform's signature) or none at all. */
const OPEN: Record<string, { send: (headers: Headers) => Promise<Response>; anyone: number; proven?: () => Promise<Response> }> = {
  "GET /healthz": { send: () => Promise.resolve(healthRoute()), anyone: 200 },
  "GET /readyz": { send: () => Promise.resolve(readyRoute()), anyone: 200 },
  // Only a server started for `npm run bench:ingest` has it.
  "POST /api/bench/floor": { send: (h) => benchFloorRoute(request("POST", "/api/bench/floor", h)), anyone: 404 },
  // The tablet's service worker: the same script for everyone, holding no data.
  "GET /serwist/{path}": { send: (h) => serviceWorkerRoute(request("GET", "/serwist/sw.js", h), params({ path: "sw.js" })), anyone: 200 },
  "GET /api/v1/openapi.json": { send: (h) => openApiRoute(request("GET", "/api/v1/openapi.json", h)), anyone: 200 },
  // The customer's tracking link: its token is the proof, and it opens that one order only.
  "GET /api/track/{token}": {
    send: (h) => trackRoute(request("GET", `/api/track/${"x".repeat(32)}`, h), params({ token: "x".repeat(32) })),
    anyone: 404,
    proven: async () => {
      const { order } = await createOrder(orderInput(storeA), SYSTEM_ACTOR);
      return trackRoute(request("GET", `/api/track/${order.trackingToken}`, {}), params({ token: order.trackingToken! }));
    },
  },
  "POST /api/track/{token}/arrived": {
    send: (h) => arrivedRoute(request("POST", `/api/track/${"x".repeat(32)}/arrived`, { ...h, "content-type": "application/json" }, "{}"), params({ token: "x".repeat(32) })),
    anyone: 404,
    proven: async () => {
      const { order } = await createOrder(orderInput(storeA, { fulfillment: { type: "curbside" } }), SYSTEM_ACTOR);
      return arrivedRoute(request("POST", `/api/track/${order.trackingToken}/arrived`, { "content-type": "application/json" }, "{}"), params({ token: order.trackingToken! }));
    },
  },
  "POST /api/webhooks/{platform}": {
    send: (h) => webhookRoute(request("POST", "/api/webhooks/grubhub", { ...h, "content-type": "application/json" }, freshDelivery("grubhub", "order-placed", { orderId: `gh-${randomUUID()}`, storeId: storeA })), params({ platform: "grubhub" })),
    anyone: 401,
    proven: () => {
      const body = freshDelivery("grubhub", "order-placed", { orderId: `gh-${randomUUID()}`, storeId: storeA });
      return webhookRoute(request("POST", "/api/webhooks/grubhub", { "content-type": "application/json", ...signedHeaders([webhookSecret], `msg_${randomUUID()}`, body) }, body), params({ platform: "grubhub" }));
    },
  },
};

/** Every REST route a procedure declares, as "METHOD /api/v1/path". */
function declaredRoutes(): string[] {
  return (Object.values(appRouter._def.procedures) as unknown as { _def: { meta?: Meta } }[])
    .flatMap(({ _def: { meta } }) => (meta?.openapi ? [`${meta.openapi.method} ${API_PREFIX}${meta.openapi.path}`] : []))
    .sort();
}

/** Answered by the front door, before Next (server/http/front-door.ts). */
const FRONT_DOOR_ROUTES = ["GET /api/stores/{storeId}/events"];

/** Every method of every route file of the app, but the two that serve procedures (tRPC's, and REST's catch-all), and the front door's. */
async function routeFiles(): Promise<string[]> {
  const root = path.join(process.cwd(), "app");
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  const found: string[] = [];
  for (const file of files) {
    const route = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
    if (route === "/api/trpc/{trpc}" || route === "/api/v1/[...path]") continue;
    const handlers = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (typeof handlers[method] === "function") found.push(`${method} ${route}`);
  }
  return [...found, ...FRONT_DOOR_ROUTES].sort();
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const session = (id: () => number) => async () => ({ cookie: `ob_session=${await startSession(id())}` });
type Who = () => Headers | Promise<Headers>;

describe("REST authorization matrix", () => {
  it("has a decided guard for every REST route a procedure declares, and every route file", async () => {
    const rowsOfFiles = [...Object.keys(SESSION), ...Object.keys(OPEN), "POST /api/v1/issues/{id}/attachments"].sort();
    expect([...declaredRoutes(), "POST /api/v1/issues/{id}/attachments"].sort()).toEqual(Object.keys(REST).sort());
    expect(await routeFiles()).toEqual(rowsOfFiles);
  });

  const cases: [string, (ability: Ability) => Headers | Promise<Headers>, "allowed" | 401 | 403 | "filtered"][] = [
    ["anonymous", () => ({}), 401],
    ["staff session cookie (the API takes tokens only)", session(() => people.staffA.id), 401],
    ["admin session cookie", session(() => people.admin.id), 401],
    ["unknown token", () => bearer("ob_not-a-real-token"), 401],
    ["token with every ability", async () => bearer(await makeToken([...ABILITIES])), "allowed"],
    ["token with no ability", async () => bearer(await makeToken([])), 403],
    ["token of another store", async () => bearer(await makeToken([...ABILITIES], storeB)), "filtered"],
    ["token of this store", async () => bearer(await makeToken([...ABILITIES], storeA)), "allowed"],
    ["token with every ability but this one", async (ability) => bearer(await makeToken(ABILITIES.filter((a) => a !== ability))), 403],
  ];
  for (const [route, { ability, allowed, filtersByStore = false, send }] of Object.entries(REST)) {
    for (const [who, headers, verdict] of cases) {
      const status = verdict === "allowed" ? allowed : verdict === "filtered" ? (filtersByStore ? allowed : 403) : verdict;
      it(`${route} × ${who}: ${status}`, async () => {
        const response = await send(await headers(ability));
        expect(response.status, await response.clone().text()).toBe(status);
        if (status >= 400) expect((await response.json()).error.code).toMatch(/NOT_SIGNED_IN|FORBIDDEN/);
      });
    }
  }

  it("a revoked token is refused", async () => {
    const { token, secret } = await createApiToken({ name: "soon gone", abilities: ["orders:read"], storeId: null, createdBy: "test" });
    await revokeApiToken(token.id);
    expect((await REST["GET /api/v1/stores"]!.send(bearer(secret))).status).toBe(401);
  });

  it("a store-scoped token lists only its store, and only its store's orders", async () => {
    const stores = await REST["GET /api/v1/stores"]!.send(bearer(await makeToken(["orders:read"], storeB)));
    expect((await stores.json()).stores.map((store: { id: string }) => store.id)).toEqual([storeB]);
    const orders = await (await REST["GET /api/v1/orders"]!.send(bearer(await makeToken(["orders:read"], storeB)))).json();
    expect(orders.orders).toEqual([]);
  });

  it("a token of one store cannot read another store's order by sending its external id to the idempotent create", async () => {
    const { order } = await createOrder(orderInput(storeA, { customer: { first_name: "Only", last_name: "Mine", phone: "+15559990000" } }), SYSTEM_ACTOR);
    const probe = await rest("POST", "/api/v1/orders", { token: await makeToken(["orders:write"], storeB), body: orderInput(storeA, { external_id: order.externalId }) });
    expect(probe.status).toBe(403);
    expect(await probe.text()).not.toContain("Only");
  });
});

describe("route files authorization matrix", async () => {
  const WHO: [string, Who, (level: Level) => "allowed" | 401 | 403][] = [
    ["anonymous", () => ({}), () => 401],
    ["a token with every ability (files and feeds take sessions only)", async () => bearer(await makeToken([...ABILITIES])), () => 401],
    ["staff of the store", session(() => people.staffA.id), (level) => (level === "staff" ? "allowed" : 403)],
    ["staff of another store", session(() => people.staffB.id), () => 403],
    ["manager", session(() => people.managerA.id), () => "allowed"],
    ["admin", session(() => people.admin.id), () => "allowed"],
  ];
  for (const [route, { level, allowed, send }] of Object.entries(SESSION)) {
    for (const [who, headers, verdict] of WHO) {
      const status = verdict(level) === "allowed" ? allowed : (verdict(level) as number);
      it(`${route} × ${who}: ${status}`, async () => {
        const response = await send(await headers());
        expect(response.status, response.status >= 400 ? await response.clone().text() : "").toBe(status);
      });
    }
  }
  for (const [route, { send, anyone, proven }] of Object.entries(OPEN)) {
    for (const [who, headers] of WHO) {
      it(`${route} × ${who}: ${anyone}`, async () => expect((await send(await headers())).status).toBe(anyone));
    }
    if (proven) it(`${route} × its own proof: 200`, async () => expect((await proven()).status).toBe(200));
  }
});
