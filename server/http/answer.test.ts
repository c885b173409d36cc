import { describe, expect, it } from "vitest";
import { jsonAnswer, toWebResponse } from "./answer";

describe("answers made from text", () => {
  it("as JSON carry the JSON type and the value as text", () => {
    expect(jsonAnswer({ error: { code: "NOT_FOUND" } }, 404)).toEqual({ status: 404, headers: { "content-type": "application/json" }, text: '{"error":{"code":"NOT_FOUND"}}' });
    expect(jsonAnswer([]).status).toBe(200);
  });

  it("become the same fetch Response for Next's routes", async () => {
    const response = toWebResponse({ status: 201, headers: { "content-type": "application/json", "x-request-id": "r1" }, text: '{"ok":true}' });
    expect([response.status, response.headers.get("content-type"), response.headers.get("x-request-id")]).toEqual([201, "application/json", "r1"]);
    expect(await response.json()).toEqual({ ok: true });
  });
});
