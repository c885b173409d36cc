import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { createApiToken } from "@/server/services/api-tokens";
import { makeStore, orderInput } from "@/test-support/orders";
import { restRoute } from "./rest-door";

// The API over real HTTP as the front door answers it; what the door leaves alone answers "next" (Next would).
const server = http.createServer((request, response) => {
  if (!restRoute(request, response)) response.writeHead(299).end("next");
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(async () => new Promise((resolve) => server.close(resolve)));

const storeId = await makeStore();
const { secret } = await createApiToken({ name: "door", abilities: ["orders:read", "orders:write"], storeId, createdBy: "test" });
const post = (body: string, token = secret) =>
  fetch(`${base}/api/v1/orders`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body });

describe("the REST API at the front door", () => {
  it("takes an order with the answer, headers and request id Next's route gave", async () => {
    const response = await post(JSON.stringify(orderInput(storeId)));
    expect(response.status).toBe(201);
    expect((await response.json()) as { order: unknown }).toMatchObject({ order: { store_id: storeId, status: "incoming" } });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-request-id")).toMatch(/^[\w-]{36}$/);
  });

  it("refuses a bad token, a body over the limit and malformed JSON in the API's error shape, writing nothing", async () => {
    const refusals = [await post("{}", "ob_not-a-token"), await post(JSON.stringify({ note: "x".repeat(300 * 1024) })), await post("{ not json")];
    expect(refusals.map((response) => response.status)).toEqual([401, 413, 400]);
    for (const refusal of refusals) {
      const { error } = (await refusal.json()) as { error: { code: string; request_id: string } };
      expect(error.request_id).toBe(refusal.headers.get("x-request-id"));
    }
    expect(await getDb().$count(orders, eq(orders.storeId, storeId))).toBe(1);
  });

  it("leaves to Next the API's own route files and the methods the catch-all does not answer", async () => {
    const root = path.join(process.cwd(), "app/api/v1");
    const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts" && !file.includes("[..."));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const address = `/api/v1/${path.dirname(file)}`.replace(/\[\w+\]/g, "7");
      for (const method of ["GET", "POST"]) expect(await (await fetch(`${base}${address}`, { method })).text()).toBe("next");
    }
    expect(await (await fetch(`${base}/api/v1/orders`, { method: "OPTIONS" })).text()).toBe("next");
    expect(await (await fetch(`${base}/api/v1`)).text()).toBe("next");
  });
});
