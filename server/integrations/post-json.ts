import http from "node:http";
import https from "node:https";
import { DestinationRefused, obviousDestinationProblem, publicOnlyLookup } from "./destination";
import { signedHeaders } from "./signature";

export type PostAnswer = { status: number; retryAfter: string | null };

/**
 * POSTs a JSON body to a platform's endpoint and answers with the status alone: the response body
 * is never read, so nothing a receiver says is kept or shown. Only public addresses are reached
 * (see destination.ts); redirects are not followed.
 */
export function postJson(endpoint: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<PostAnswer> {
  const url = new URL(endpoint);
  const problem = obviousDestinationProblem(endpoint);
  if (problem) return Promise.reject(new DestinationRefused(problem));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, lookup: publicOnlyLookup(url), signal },
      (response) => {
        response.resume();
        const retryAfter = response.headers["retry-after"];
        resolve({ status: response.statusCode ?? 0, retryAfter: typeof retryAfter === "string" ? retryAfter : null });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** A notification as every receiver gets it: JSON, our user agent, signed (Standard Webhooks) with the connection's secrets. */
export function postSigned(endpoint: string, secrets: string[], messageId: string, body: string, signal: AbortSignal): Promise<PostAnswer> {
  const headers = { "content-type": "application/json", "user-agent": "Orderboard-Webhooks/1", ...signedHeaders(secrets, messageId, body) };
  return postJson(endpoint, headers, body, signal);
}

/** Why a send failed, in a line an admin can act on. */
export function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DestinationRefused) return error.message;
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `No answer within ${timeoutMs / 1000} s`;
  const code = error instanceof Error ? (error as { code?: string }).code : undefined;
  return code ?? (error instanceof Error ? error.message : String(error));
}
