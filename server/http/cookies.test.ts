import { describe, expect, it } from "vitest";
import { isCrossOrigin, readCookie, sessionCookie } from "./cookies";

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe("session cookies", () => {
  it("reads one cookie among several", async () => {
    expect(readCookie(request("http://x/", { cookie: "a=1; ob_session=obs_abc%3D; b=2" }), "ob_session")).toBe("obs_abc=");
    expect(readCookie(request("http://x/"), "ob_session")).toBeNull();
  });

  it("is HttpOnly and SameSite=Lax, Secure only over https", async () => {
    expect(sessionCookie(request("http://shop.local/"), "t")).toBe("ob_session=t; Path=/; HttpOnly; SameSite=Lax");
    expect(sessionCookie(request("https://shop.example/"), "t")).toContain("; Secure");
    expect(sessionCookie(request("http://x/", { "x-forwarded-proto": "https" }), "t")).toContain("; Secure");
    expect(sessionCookie(request("http://x/"), null)).toBe("ob_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax");
  });

  it("tells a request from another site", async () => {
    expect(isCrossOrigin(request("http://board.local/api", { host: "board.local", origin: "http://board.local" }))).toBe(false);
    expect(isCrossOrigin(request("http://board.local/api", { host: "board.local", origin: "http://evil.example" }))).toBe(true);
    expect(isCrossOrigin(request("http://board.local/api", { host: "board.local", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossOrigin(request("http://board.local/api", { host: "board.local" }))).toBe(false);
    expect(isCrossOrigin(request("http://board.local/api", { host: "board.local", origin: "null" }))).toBe(true);
  });
});
