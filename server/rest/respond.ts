import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import type { OrderIssueRow, OrderRow } from "@/db/schema";
import { DomainError, InvalidOrder, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { ERROR_STATUS } from "@/server/error-status";
import { HttpError } from "@/server/http/http-error";
import type { ApiRequest, RequestHead } from "@/server/http/api-request";
import { jsonAnswer, toWebResponse, type Answer } from "@/server/http/answer";
import { currentRequestId, inRequest, log } from "@/server/log/logger";
import type { OrderView } from "@/server/services/order-views";
import { toApiIssue } from "./api-issue";
import { toApiOrder } from "./api-order";

/** The API's one error shape; `request_id` names the request in the server's logs. */
export function errorAnswer(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Answer {
  return jsonAnswer({ error: { code, message, ...extra, request_id: currentRequestId() } }, status);
}

/** The same, as a fetch Response for Next's routes. */
export const errorResponse = (...refusal: Parameters<typeof errorAnswer>) => toWebResponse(errorAnswer(...refusal));

/** What a conflict carries, as integrators see it: the order (or the issue) as it now is. */
function apiCurrent(current: unknown) {
  if (current && typeof current === "object" && "items" in current) return toApiOrder(current as OrderView);
  if (current && typeof current === "object" && "affectedItems" in current && "order" in current) {
    const issue = current as OrderIssueRow & { order: OrderRow };
    return toApiIssue(issue, issue.order);
  }
  return undefined;
}

/** A refusal a procedure gave the REST adapter: what it was about, or the tRPC code alone. */
const TRPC_CODES: Partial<Record<TRPCError["code"], string>> = {
  BAD_REQUEST: "INVALID_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  METHOD_NOT_SUPPORTED: "METHOD_NOT_ALLOWED",
};

/** Every refusal as the JSON error shape with its status; anything unforeseen is a logged 500. */
export function toAnswer(error: unknown): Answer {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    if (error.cause instanceof DomainError || error.cause instanceof ZodError || error.cause instanceof HttpError) return toAnswer(error.cause);
    return errorAnswer(getHTTPStatusCodeFromError(error), TRPC_CODES[error.code] ?? error.code, error.message);
  }
  if (error instanceof HttpError) {
    return errorAnswer(error.status, error.code, error.message, error.issues ? { issues: error.issues } : {});
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    return errorAnswer(400, "INVALID_INPUT", "The request does not match the expected shape", { issues });
  }
  if (error instanceof DomainError) {
    const extra: Record<string, unknown> = {};
    if (error instanceof InvalidOrder) extra.issues = error.problems.map(({ path, message }) => ({ path, message }));
    if (error instanceof VersionConflict || error instanceof TransitionRefused) extra.current = apiCurrent(error.current);
    return errorAnswer(ERROR_STATUS[error.code].http, error.code, error.message, extra);
  }
  log.error({ err: error instanceof TRPCError ? (error.cause ?? error) : error }, "Request failed");
  return errorAnswer(500, "INTERNAL", "Something went wrong on our side; it has been logged");
}

/** Runs `handle` under the request's id, a refusal it throws becoming `refused(error)`, and names the id on the answer. */
function underRequestId<T>(request: RequestHead, handle: () => Promise<T> | T, refused: (error: unknown) => T, named: (answer: T, id: string) => T): Promise<T> {
  return inRequest(request, async () => {
    let answer: T;
    try {
      answer = await handle();
    } catch (error) {
      answer = refused(error);
    }
    return named(answer, currentRequestId()!);
  });
}

/**
 * Answers a request under its id (in every log line and the `X-Request-Id` header), turning every
 * refusal into the JSON error shape with its status.
 */
export function answering(request: RequestHead, handle: () => Promise<Answer>): Promise<Answer> {
  return underRequestId(request, handle, toAnswer, (answer, id) => ({ ...answer, headers: { ...answer.headers, "x-request-id": id } }));
}

/** The same for Next's routes, which answer with a fetch Response. */
export function respond(request: RequestHead, handle: () => Promise<Response> | Response): Promise<Response> {
  return underRequestId(request, handle, (error) => toWebResponse(toAnswer(error)), withRequestId);
}

function withRequestId(response: Response, id: string): Response {
  try {
    response.headers.set("x-request-id", id);
    return response;
  } catch {
    // A redirect's or a fetched answer's headers cannot change: copy it.
    return withRequestId(new Response(response.body, response), id);
  }
}

export const MAX_JSON_BYTES = 256 * 1024;

/** Reads a JSON request's raw bytes, refusing other media types and oversize bodies; an empty body needs no type. */
export async function readJsonBytes(request: Pick<ApiRequest, "headers" | "readBody">): Promise<Buffer> {
  const type = request.headers.get("content-type");
  const read = await request.readBody(MAX_JSON_BYTES);
  const bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
  if ((type !== null || bytes.length > 0) && !/^application\/(.+\+)?json\b/i.test(type ?? "")) {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json");
  }
  return bytes;
}

/** A JSON body, parsed, refusing other media types, oversize bodies and malformed JSON; an empty body is `{}`. */
export async function readJson(request: Pick<ApiRequest, "headers" | "readBody">): Promise<unknown> {
  const text = (await readJsonBytes(request)).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "INVALID_JSON", "The body is not valid JSON");
  }
}
