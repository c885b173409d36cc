import { handleRest } from "@/server/rest/rest-handler";

type RestOptions = { token?: string; body?: unknown; headers?: Record<string, string> };

/** One call to the REST API as an integrator makes it: a JSON body (a string is sent as it is), a Bearer token. */
export function rest(method: string, path: string, { token, body, headers = {} }: RestOptions = {}) {
  return handleRest(
    new Request(`http://board.local${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}
