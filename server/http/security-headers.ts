/**
 * The headers every answer carries, set once for the whole app (next.config.mjs applies them;
 * proxy.ts adds the per-request CSP to pages). Kept here so the policy is read, and tested, in one place.
 */
export const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // The tablet's camera is used for bag and issue photos, and its screen is kept awake on the board; nothing else.
  { key: "Permissions-Policy", value: "camera=(self), screen-wake-lock=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=()" },
];

/** Sent only over https (a proxy in front says so), where a browser honours it. */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** Answers of /api carry orders, phone numbers and addresses: never stored by a browser or a proxy. */
export const API_CACHE_HEADER = { key: "Cache-Control", value: "no-store" };

/**
 * A page's Content-Security-Policy: scripts only with this response's nonce (and what they load),
 * nothing framed, nothing posted elsewhere. Inline style attributes stay allowed: charts and React
 * set them, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob: data:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
