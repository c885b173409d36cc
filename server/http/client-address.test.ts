import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressOf, resolveClientAddress, trustedProxies } from "./client-address";
import { installFrontDoor } from "./front-door";

describe("the client address", () => {
  const proxies = trustedProxies("10.0.0.0/8, 192.168.1.5, ::1");

  it("is the socket's peer when the peer is not a trusted proxy, whatever X-Forwarded-For claims", async () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", undefined, proxies)).toBe("203.0.113.9");
  });

  it("is read from X-Forwarded-For right to left, past every trusted proxy, when a trusted proxy sent it", async () => {
    expect(resolveClientAddress("10.1.2.3", "198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.5", proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:10.1.2.3", "198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("::1", "10.0.0.9, 10.0.0.8", proxies)).toBe("10.0.0.9");
  });

  it("refuses a setting that is not an address or range", async () => {
    expect(() => trustedProxies("proxy.internal")).toThrow(/ORDERBOARD_TRUSTED_PROXIES/);
  });
});

describe("the stamp put on each request as it arrives, over real HTTP", () => {
  let server: http.Server;
  let url = "";
  const seen: { address: string; forwardedHost: string | null }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const headers = new Headers(Object.entries(req.headers).flatMap(([key, value]) => (typeof value === "string" ? [[key, value] as [string, string]] : [])));
      seen.push({ address: clientAddressOf(new Request("http://x/", { headers })), forwardedHost: headers.get("x-forwarded-host") });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => new Promise((resolve) => server.close(resolve)));

  async function addressSeenFor(headers: Record<string, string>) {
    await fetch(url, { headers });
    return seen.at(-1)!;
  }

  it("ignores a client's X-Forwarded-For and forged stamp when no proxy is trusted", async () => {
    installFrontDoor({ trusted: trustedProxies("") });
    for (let attempt = 0; attempt < 3; attempt++) {
      const seenNow = await addressSeenFor({ "x-forwarded-for": `198.51.100.${attempt}`, "x-forwarded-host": "evil.example", "x-orderboard-client": "guess 1.2.3.4" });
      expect(seenNow).toEqual({ address: "127.0.0.1", forwardedHost: null });
    }
  });

  it("follows X-Forwarded-For from a proxy the configuration names", async () => {
    installFrontDoor({ trusted: trustedProxies("127.0.0.1") });
    expect((await addressSeenFor({ "x-forwarded-for": "198.51.100.20" })).address).toBe("198.51.100.20");
    installFrontDoor({ trusted: trustedProxies("") });
  });

  it("counts a request with no stamp of ours as one unverified address", async () => {
    expect(clientAddressOf(new Request("http://x/", { headers: { "x-orderboard-client": "forged 9.9.9.9", "x-forwarded-for": "9.9.9.9" } }))).toBe("unverified");
  });
});
