import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDraining } from "@/server/services/readiness";
import { trustedProxies } from "./client-address";
import { installFrontDoor } from "./front-door";

describe("the front door, over real HTTP", () => {
  let server: http.Server;
  let url = "";
  const stampsSeenByRoute: string[] = [];

  beforeAll(async () => {
    installFrontDoor({
      trusted: trustedProxies(""),
      routes: [
        (request, response) => {
          if (request.url !== "/ours") return false;
          stampsSeenByRoute.push(String(request.headers["x-orderboard-client"]));
          response.end("answered at the door");
          return true;
        },
      ],
    });
    server = http.createServer((_, response) => response.end("answered by the app"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    installFrontDoor({ trusted: trustedProxies("") });
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers its own routes before the app, stamped, and hands everything else on", async () => {
    expect(await (await fetch(`${url}/ours`)).text()).toBe("answered at the door");
    expect(await (await fetch(`${url}/ours/not`)).text()).toBe("answered by the app");
    expect(await (await fetch(`${url}/`)).text()).toBe("answered by the app");
    expect(stampsSeenByRoute).toEqual([expect.stringMatching(/ 127\.0\.0\.1$/)]);
  });

  it("from a shutdown on, closes each connection after its answer, the door's and the app's alike", async () => {
    const connectionOf = (path: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const agent = new http.Agent({ keepAlive: true });
        http
          .get(`${url}${path}`, { agent }, (response) => {
            response.resume().on("end", () => resolve(response.headers.connection));
          })
          .on("error", reject)
          .on("close", () => agent.destroy());
      });
    expect(await connectionOf("/ours")).toBe("keep-alive");
    startDraining();
    expect([await connectionOf("/ours"), await connectionOf("/")]).toEqual(["close", "close"]);
  });
});
