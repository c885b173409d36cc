import { describe, expect, it } from "vitest";
import { endlessBody, streamingPost } from "@/test-support/endless-body";
import { readBody } from "./read-body";
import { HttpError } from "./http-error";

describe("reading a request body", () => {
  it("stops an endless chunked body just past the limit, however long it would go on", async () => {
    const body = endlessBody();
    const refusal = await readBody(streamingPost("http://x/", body.stream, {}), 256 * 1024).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HttpError);
    expect(refusal).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(body.pulled()).toBeLessThanOrEqual(256 * 1024 + 2 * body.chunkBytes);
  });

  it("refuses at once a body that says it is too large", async () => {
    const body = endlessBody();
    const request = new Request("http://x/", { method: "POST", headers: { "content-length": String(10 ** 9) }, body: body.stream, duplex: "half" } as RequestInit);
    await expect(readBody(request, 1024)).rejects.toMatchObject({ status: 413 });
    expect(body.pulled()).toBeLessThanOrEqual(body.chunkBytes);
  });

  it("reads a body within the limit whole", async () => {
    const bytes = new TextEncoder().encode("x".repeat(5000));
    expect(await readBody(new Request("http://x/", { method: "POST", body: bytes }), 5000)).toEqual(bytes);
  });
});
