/**
 * A request body that never ends, as an attacker's chunked upload would be, counting what the
 * server pulls from it: a bounded reader must stop just past its limit.
 */
export function endlessBody(chunkBytes = 64 * 1024) {
  let pulled = 0;
  const chunk = new Uint8Array(chunkBytes).fill(0x7b);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled, chunkBytes };
}

/** A POST whose body is `body`, with no Content-Length (so nothing warns the server it is large). */
export function streamingPost(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit & { duplex: "half" });
}
