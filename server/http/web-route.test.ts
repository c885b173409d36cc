import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { webRoute, writeAnswer } from "./web-route";

describe("a fetch-style handler at the front door, over real HTTP", () => {
  const echo = webRoute(
    (method, path) => method === "POST" && path === "/echo",
    async (request) => {
      const headers = new Headers({ "content-type": "text/plain" });
      headers.append("set-cookie", "a=1; Path=/");
      headers.append("set-cookie", "b=2; Path=/");
      return new Response(`${request.method} ${new URL(request.url).search} ${await request.text()}`, { status: 201, headers });
    },
  );
  const server = http.createServer((request, response) => {
    if (!echo(request, response)) void writeAnswer(response, new Response("not mine", { status: 404 }), { "x-base": "yes" });
  });
  const listening = new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(async () => new Promise((resolve) => server.close(resolve)));

  it("hands the handler the method, address and body, and writes back its status, headers and every cookie", async () => {
    await listening;
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = await fetch(`${url}/echo?x=1`, { method: "POST", body: "hello" });
    expect([answer.status, await answer.text()]).toEqual([201, "POST ?x=1 hello"]);
    expect(answer.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("x-frame-options")).toBe("DENY");
    const other = await fetch(`${url}/echo`);
    expect([other.status, other.headers.get("x-base"), await other.text()]).toEqual([404, "yes", "not mine"]);
  });
});
