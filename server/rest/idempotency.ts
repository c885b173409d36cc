import { createHash } from "node:crypto";
import type { RequestHead } from "@/server/http/api-request";
import { bearerPrincipal } from "@/server/http/bearer";
import type { Answer } from "@/server/http/answer";
import { claimKey, keepAnswer, releaseKey } from "@/server/services/idempotency-keys";
import { errorAnswer } from "./respond";

/** Answers that depend on who asks, not on the request, are not kept: the next try should be asked afresh. */
const NOT_KEPT = new Set([401, 403, 429]);

/** JSON with its keys in order, so the same request sent with its fields reordered is still the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Stripe's `Idempotency-Key`, per API token: the same key with the same request within a day gets
 * the first answer again without acting twice; with another request, a 422. A retry of a request
 * still running is told so (409) rather than run alongside it.
 */
export async function idempotent(request: RequestHead, body: unknown, run: () => Promise<Answer>): Promise<Answer> {
  const key = request.headers.get("idempotency-key");
  if (key === null) return run();
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) return errorAnswer(400, "INVALID_IDEMPOTENCY_KEY", "An Idempotency-Key is 1 to 255 visible ASCII characters");
  const { principal } = await bearerPrincipal(request);
  if (principal?.kind !== "token") return run();
  const hash = createHash("sha256").update(`${request.method} ${new URL(request.url).pathname}\n${canonical(body)}`).digest("hex");
  const claim = await claimKey(principal.tokenId, key, hash);
  switch (claim.kind) {
    case "other-request":
      return errorAnswer(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key came with another request; use a new key for a new request");
    case "running":
      return errorAnswer(409, "IDEMPOTENCY_KEY_IN_USE", "A request with this Idempotency-Key is still running; send it again in a moment");
    case "replay":
      return { status: claim.status, headers: { "content-type": "application/json", "idempotent-replayed": "true" }, text: claim.body };
  }
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    await releaseKey(principal.tokenId, key);
    throw error;
  }
  if (answer.status >= 500 || NOT_KEPT.has(answer.status)) await releaseKey(principal.tokenId, key);
  else await keepAnswer(principal.tokenId, key, answer.status, answer.text);
  return answer;
}
