import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Standard Webhooks (standardwebhooks.com): HMAC-SHA256 over `id.timestamp.body`, base64, in `v1,<sig>` entries. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;
const SECRET_PREFIX = "whsec_";

export type SignatureHeaders = { id: string | null; timestamp: string | null; signature: string | null };
export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function newSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(24).toString("base64");
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
}

function digest(secret: string, id: string, timestamp: string, body: Buffer): Buffer {
  return createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.`).update(body).digest();
}

/** The `webhook-signature` header value: one entry per secret, so a receiver mid-rotation accepts either. */
export function signatureHeader(secrets: readonly string[], id: string, timestampSeconds: number, body: Buffer | string): string {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return secrets.map((secret) => `v1,${digest(secret, id, String(timestampSeconds), bytes).toString("base64")}`).join(" ");
}

/** The three headers a signed request carries. */
export function signedHeaders(secrets: readonly string[], id: string, body: Buffer | string, nowMs = Date.now()) {
  const timestamp = Math.floor(nowMs / 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signatureHeader(secrets, id, timestamp, body),
  };
}

export function signatureHeadersOf(headers: Headers): SignatureHeaders {
  return { id: headers.get("webhook-id"), timestamp: headers.get("webhook-timestamp"), signature: headers.get("webhook-signature") };
}

/** Checks the raw bytes against every secret in turn, in constant time per comparison; a replayed id is the caller's check. */
export function verifySignature(secrets: readonly string[], headers: SignatureHeaders, body: Buffer, nowMs: number): SignatureCheck {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: "The webhook-id, webhook-timestamp and webhook-signature headers are required" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "webhook-timestamp must be whole seconds since the epoch" };
  const skew = Math.abs(nowMs / 1000 - Number(timestamp));
  if (skew > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: "webhook-timestamp is more than 5 minutes away from our clock" };
  const offered = signature
    .split(" ")
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => Buffer.from(entry.slice(3), "base64"));
  for (const secret of secrets) {
    const expected = digest(secret, id, timestamp, body);
    if (offered.some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected))) return { ok: true };
  }
  return { ok: false, reason: "No signature matches a secret configured for this platform" };
}
