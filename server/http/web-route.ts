import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/server/log/logger";
import type { FrontDoorRoute } from "./front-door";
import { API_CACHE_HEADER, HSTS_HEADER, SECURITY_HEADERS } from "./security-headers";
import { answerBody } from "./text-answer";

/** Where the request says it was sent, when that is a well-formed address; else this host. */
function addressOf(request: IncomingMessage): URL {
  const proto = request.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  try {
    return new URL(request.url ?? "/", `${proto}://${request.headers.host ?? "localhost"}`);
  } catch {
    return new URL(request.url ?? "/", "http://localhost");
  }
}

/**
 * The request's body as a stream pulled a chunk at a time. A reader that stops early (a body over
 * its limit) has the rest read and dropped as it comes, as Node does for any answer sent before its
 * body was read: the connection stays whole under the answer, and nothing of it is kept.
 */
function bodyOf(request: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = request.iterator({ destroyOnReturn: false }) as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    async cancel() {
      await chunks.return?.();
      request.resume();
    },
  });
}

/** The node request as a fetch Request: method, address, headers, and its body as a stream read only when asked. */
export function asWebRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(addressOf(request), {
    method: request.method,
    headers,
    ...(hasBody && { body: bodyOf(request), duplex: "half" }),
  } as RequestInit);
}

/** The headers every answer carries, as next.config applies them to Next's. */
export function doorHeaders(request: IncomingMessage): Record<string, string> {
  const headers = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
  if (request.headers["x-forwarded-proto"] === "https") headers[HSTS_HEADER.key] = HSTS_HEADER.value;
  return headers;
}

/** Writes a fetch Response onto the node one, over `base` headers; each Set-Cookie stays its own header. */
export async function writeAnswer(response: ServerResponse, answered: Response, base: Record<string, string>) {
  const body = await answerBody(answered);
  const headers: Record<string, string | string[]> = { ...base, ...Object.fromEntries(answered.headers) };
  const cookies = answered.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  response.writeHead(answered.status, headers);
  response.end(body);
}

/** A fetch-style handler answered at the front door for the requests `matches` picks. */
export function webRoute(matches: (method: string, path: string) => boolean, handle: (request: Request) => Promise<Response>): FrontDoorRoute {
  return (request, response) => {
    const path = (request.url ?? "").split("?")[0]!;
    if (!matches(request.method ?? "", path)) return false;
    void answer(request, response, handle);
    return true;
  };
}

/** The handler's answer written whole; one it could not give is logged and answered 500, never left hanging. */
async function answer(request: IncomingMessage, response: ServerResponse, handle: (request: Request) => Promise<Response>) {
  try {
    await writeAnswer(response, await handle(asWebRequest(request)), { ...doorHeaders(request), [API_CACHE_HEADER.key]: API_CACHE_HEADER.value });
  } catch (error) {
    log.error({ err: error }, "Request failed at the front door");
    if (!response.headersSent) response.writeHead(500, { ...doorHeaders(request), "content-type": "application/json" });
    response.end(JSON.stringify({ error: { code: "INTERNAL", message: "Something went wrong on our side; it has been logged" } }));
  }
}
