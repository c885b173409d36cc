import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomOrder, seededRandom } from "@/server/demo/random-order";
import { API_AUTH, expect, STORE, test } from "./fixtures";

test("POST /api/v1/orders answers 201, then 200 with the same order on a repeat", async ({ request }) => {
  const body = randomOrder(seededRandom(Date.now()), { storeId: STORE });
  const first = await request.post("/api/v1/orders", { data: body, headers: API_AUTH });
  expect(first.status()).toBe(201);
  const created = (await first.json()).order;
  const again = await request.post("/api/v1/orders", { data: body, headers: API_AUTH });
  expect(again.status()).toBe(200);
  expect((await again.json()).order.id).toBe(created.id);
  const fetched = await request.get(`/api/v1/orders/${created.id}`, { headers: API_AUTH });
  expect((await fetched.json()).order).toEqual(created);
});

test("bad input gets the JSON error shape with the right status", async ({ request }) => {
  const malformed = await request.post("/api/v1/orders", { data: Buffer.from("{oops"), headers: { "content-type": "application/json", ...API_AUTH } });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("INVALID_JSON");

  const invalid = await request.post("/api/v1/orders", { data: { platform: "doordash" }, headers: API_AUTH });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.issues.length).toBeGreaterThan(0);

  const body = randomOrder(seededRandom(Date.now() + 1), { storeId: STORE });
  const wrongMoney = await request.post("/api/v1/orders", {
    data: { ...body, money: { ...body.money, total_cents: body.money.total_cents + 1 } },
    headers: API_AUTH,
  });
  expect(wrongMoney.status()).toBe(422);
  expect((await wrongMoney.json()).error).toMatchObject({ code: "INVALID_ORDER", issues: [{ path: ["money", "total_cents"] }] });

  const missing = await request.get("/api/v1/orders/99999999", { headers: API_AUTH });
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("ORDER_NOT_FOUND");

  const anonymous = await request.post("/api/v1/orders", { data: body });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("NOT_SIGNED_IN");
});

test("npm run simulate posts realistic orders through the REST endpoint and as signed platform webhooks", async ({ baseURL, request }) => {
  // Run without blocking this process, so the browser context notices the server closing idle connections meanwhile.
  const { stdout: output } = await promisify(execFile)(
    "npx",
    ["tsx", "scripts/simulate.ts", "--url", baseURL!, "--rate", "6000", "--count", "3", "--stores", "oak-park", "--receiver-port", "0"],
    { encoding: "utf8" },
  );
  expect(output.match(/→ \w+ order [\w-]+ for oak-park by webhook: HTTP 200 \{"received":true,"outcome":"applied"/g)).toHaveLength(1);
  // The orders it says it posted are there (other flows post to Oak Park meanwhile: counting all of them would not tell).
  const posted = [...output.matchAll(/→ oak-park, order (\d+)/g)].map((match) => match[1]);
  expect(posted).toHaveLength(2);
  for (const id of posted) expect((await (await request.get(`/api/v1/orders/${id}`, { headers: API_AUTH })).json()).order.store_id).toBe("oak-park");
});

test("the API reference at /api/docs renders the served OpenAPI document with Scalar, loading nothing from elsewhere", async ({ page, request, baseURL }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/orders/{id}/accept", "/api/v1/orders/{id}/cart", "/api/webhooks/{platform}"]));

  const elsewhere: string[] = [];
  page.on("request", (sent) => {
    if (!sent.url().startsWith(baseURL!) && !sent.url().startsWith("data:") && !sent.url().startsWith("blob:")) elsewhere.push(sent.url());
  });
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: "Orderboard API", level: 1 })).toBeVisible();
  const sidebar = page.getByRole("complementary", { name: "Sidebar for Orderboard API" });
  for (const group of ["Orders", "Order lifecycle", "Issues", "Stores", "Platform webhooks"]) await expect(sidebar.getByRole("link", { name: group, exact: true })).toBeVisible();
  await sidebar.getByRole("button", { name: "Open Group - Order lifecycle" }).click();
  await sidebar.getByRole("link", { name: /^Accept an order/ }).click();
  const accept = page.getByRole("region", { name: "Accept an order" });
  await expect(accept).toContainText("Needs a token with orders:write");
  await expect(accept.getByRole("list", { name: "Headers" })).toContainText("idempotency-key");
  expect(elsewhere).toEqual([]);
});
