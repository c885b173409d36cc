import { randomUUID } from "node:crypto";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CACHE_HEADER, HSTS_HEADER, SECURITY_HEADERS } from "./server/http/security-headers";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Written into the client at build time: what a tablet kept from another build is not read back (components/board/last-board.ts).
  env: { ORDERBOARD_BUILD: randomUUID() },
  // forbidden() answers a page with a real 403 when someone opens a store that is not theirs.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
      { source: "/api/:path*", headers: [API_CACHE_HEADER] },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
