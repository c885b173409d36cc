import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import type { Answer } from "./answer";
import { answerRoute, writeAnswer } from "./answer-route";
import { HttpError } from "./http-error";

describe("a handler answered at the front door, over real HTTP", () => {
  const echo = answerRoute(
    (method, path) => method === "POST" && path === "/echo",
    async (request): Promise<Answer> => {
      const body = await request.readBody(1024).catch((error: unknown) => (error instanceof HttpError ? error : Promise.reject(error)));
      if (body instanceof HttpError) return { status: body.status, headers: {}, text: body.code };
      return { status: 201, headers: { "content-type": "text/plain" }, text: `${request.method} ${new URL(request.url).search} ${request.headers.get("x-given")} ${new TextDecoder().decode(body)}` };
    },
  );
  const server = http.createServer((request, response) => {
    if (!echo(request, response)) writeAnswer(response, { status: 404, headers: {}, text: "not mine" }, { "x-base": "yes" });
  });
  const listening = new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(async () => new Promise((resolve) => server.close(resolve)));
  const base = async () => {
    await listening;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  it("hands the handler the method, address, headers and body, and writes back its status and headers over the door's", async () => {
    const answer = await fetch(`${await base()}/echo?x=1`, { method: "POST", headers: { "x-given": "yes" }, body: "hello" });
    expect([answer.status, await answer.text()]).toEqual([201, "POST ?x=1 yes hello"]);
    expect(answer.headers.get("content-type")).toBe("text/plain");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("x-frame-options")).toBe("DENY");
    const other = await fetch(`${await base()}/echo`);
    expect([other.status, other.headers.get("x-base"), await other.text()]).toEqual([404, "yes", "not mine"]);
  });

  it("stops taking a body past the handler's limit, and the same connection carries the next request", async () => {
    const url = `${await base()}/echo`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    /** Posts the chunks one write each; more than one goes chunked, with no Content-Length to warn the reader. */
    const post = (...chunks: string[]) =>
      new Promise<{ status?: number; text: string; reused: boolean }>((resolve, reject) => {
        const request = http.request(url, { method: "POST", agent }, (response) => {
          let text = "";
          response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode, text, reused: request.reusedSocket }));
        });
        request.on("error", reject);
        for (const chunk of chunks.slice(0, -1)) request.write(chunk);
        request.end(chunks.at(-1));
      });
    try {
      expect(await post("x".repeat(200_000))).toMatchObject({ status: 413, text: "PAYLOAD_TOO_LARGE" });
      expect(await post("again")).toMatchObject({ status: 201, text: "POST  null again", reused: true });
      expect(await post(...Array.from({ length: 40 }, () => "y".repeat(5_000)))).toMatchObject({ status: 413, text: "PAYLOAD_TOO_LARGE", reused: true });
      expect(await post("and ", "again")).toMatchObject({ status: 201, text: "POST  null and again", reused: true });
    } finally {
      agent.destroy();
    }
  });
});
