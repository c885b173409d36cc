import { ZodError } from "zod";
import { DomainError, InvalidOrder, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { ERROR_STATUS } from "@/server/error-status";
import { HttpError } from "@/server/http/http-error";
import { readBody } from "@/server/http/read-body";

export function errorResponse(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error: { code, message, ...extra } }, { status });
}

function toResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    return errorResponse(error.status, error.code, error.message, error.issues ? { issues: error.issues } : {});
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    return errorResponse(400, "INVALID_INPUT", "The request does not match the expected shape", { issues });
  }
  if (error instanceof DomainError) {
    const extra: Record<string, unknown> = {};
    if (error instanceof InvalidOrder) extra.issues = error.problems;
    if (error instanceof VersionConflict || error instanceof TransitionRefused) extra.current = error.current;
    return errorResponse(ERROR_STATUS[error.code].http, error.code, error.message, extra);
  }
  console.error("REST handler failed:", error);
  return errorResponse(500, "INTERNAL", "Something went wrong on our side; it has been logged");
}

/** Runs a REST handler, turning every refusal into the JSON error shape with its status. */
export async function respond(handle: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    return toResponse(error);
  }
}

export const MAX_JSON_BYTES = 256 * 1024;

/** Reads a JSON request's raw bytes, refusing other media types and oversize bodies. */
export async function readJsonBytes(request: Request): Promise<Buffer> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json");
  }
  return Buffer.from(await readBody(request, MAX_JSON_BYTES));
}

/** Reads a JSON body, refusing other media types, oversize bodies and malformed JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = (await readJsonBytes(request)).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "INVALID_JSON", "The body is not valid JSON");
  }
}
