/**
 * An answer whole, as the front door writes it straight onto node:http: making a fetch Response
 * of it cost more on Node 20 than the order intake's validation. Next's routes take it as one.
 */
export type Answer = { status: number; headers: Record<string, string>; text: string };

/** A JSON answer, typed as `Response.json` types it. */
export function jsonAnswer(value: unknown, status = 200): Answer {
  return { status, headers: { "content-type": "application/json" }, text: JSON.stringify(value) };
}

export function toWebResponse({ status, headers, text }: Answer): Response {
  return new Response(text, { status, headers });
}
