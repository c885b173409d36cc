/**
 * Answers made from text keep that text beside them, so the front door writes it as it is instead of
 * reading it back out of the Response's stream: on Node 20 that read cost more than making the answer.
 */
const texts = new WeakMap<Response, string>();

/** A fetch Response of `text`, which the front door writes without reading it back. */
export function textAnswer(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  texts.set(response, text);
  return response;
}

/** A JSON answer, as `Response.json` makes it. */
export function jsonAnswer(value: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return textAnswer(JSON.stringify(value), { ...init, headers });
}

/** What to write for an answer: its text if it was made from one, else its body's bytes. */
export async function answerBody(response: Response): Promise<string | Buffer> {
  return texts.get(response) ?? Buffer.from(await response.arrayBuffer());
}
