import { HttpError } from "@/server/http/http-error";

function tooLarge(maxBytes: number): HttpError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KiB`;
  return new HttpError(413, "PAYLOAD_TOO_LARGE", `The body is larger than ${size}`);
}

/** Where a body comes from: its chunks as they arrive, the length it declares (if any), and how to stop taking the rest. */
export type BodySource = { chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>; declaredBytes: number; drop: () => unknown };

/**
 * Reads a body, counting bytes as they arrive and stopping at the limit whatever Content-Length
 * says (a chunked body declares none): an oversize body is never held in memory.
 */
export async function readBounded({ chunks, declaredBytes, drop }: BodySource, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const taken: Uint8Array[] = [];
  let total = 0;
  let over = declaredBytes > maxBytes;
  if (!over) {
    for await (const chunk of chunks) {
      total += chunk.byteLength;
      over = total > maxBytes;
      if (over) break;
      taken.push(chunk);
    }
  }
  if (over) {
    await drop();
    throw tooLarge(maxBytes);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of taken) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function* chunksOf(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A fetch Request's body, bounded. */
export function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const stream = request.body;
  return readBounded(
    { chunks: stream ? chunksOf(stream) : [], declaredBytes: Number(request.headers.get("content-length")), drop: () => stream?.cancel().catch(() => undefined) },
    maxBytes,
  );
}
