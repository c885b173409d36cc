import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/server/log/logger";
import { fromNodeRequest, type ApiRequest } from "./api-request";
import type { FrontDoorRoute } from "./front-door";
import { API_CACHE_HEADER, HSTS_HEADER, SECURITY_HEADERS } from "./security-headers";
import type { Answer } from "./answer";

/** The headers every answer carries, as next.config applies them to Next's. */
export function doorHeaders(request: IncomingMessage): Record<string, string> {
  const headers = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
  if (request.headers["x-forwarded-proto"] === "https") headers[HSTS_HEADER.key] = HSTS_HEADER.value;
  return headers;
}

/** Writes an answer onto the node response, over `base` headers. */
export function writeAnswer(response: ServerResponse, { status, headers, text }: Answer, base: Record<string, string>) {
  response.writeHead(status, { ...base, ...headers });
  response.end(text);
}

/** A handler answered at the front door for the requests `matches` picks, with no fetch Request or Response made. */
export function answerRoute(matches: (method: string, path: string) => boolean, handle: (request: ApiRequest) => Promise<Answer>): FrontDoorRoute {
  return (request, response) => {
    const path = (request.url ?? "").split("?")[0]!;
    if (!matches(request.method ?? "", path)) return false;
    void answer(request, response, handle);
    return true;
  };
}

/** The handler's answer written whole; one it could not give is logged and answered 500, never left hanging. */
async function answer(request: IncomingMessage, response: ServerResponse, handle: (request: ApiRequest) => Promise<Answer>) {
  try {
    writeAnswer(response, await handle(fromNodeRequest(request)), { ...doorHeaders(request), [API_CACHE_HEADER.key]: API_CACHE_HEADER.value });
  } catch (error) {
    log.error({ err: error }, "Request failed at the front door");
    if (!response.headersSent) response.writeHead(500, { ...doorHeaders(request), "content-type": "application/json" });
    response.end(JSON.stringify({ error: { code: "INTERNAL", message: "Something went wrong on our side; it has been logged" } }));
  }
}
