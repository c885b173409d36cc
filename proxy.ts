import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/server/http/security-headers";

/**
 * Gives every page a fresh nonce and the Content-Security-Policy that names it; Next puts the nonce
 * on its own scripts, and the root layout on the one inline script we have.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only (the API reference at /api/docs is a page); API answers, health checks, the service worker and static files need no nonce.
  matcher: [
    {
      source: "/((?!api(?!/docs)|healthz|readyz|serwist/|_next/static|_next/image|icon.svg|icons/|manifest.webmanifest).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
