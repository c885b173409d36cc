import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameSitePath } from "./same-site-path";

describe("where a sign-in may send the tablet on to", () => {
  it("keeps a path on this site, with its query", async () => {
    expect(sameSitePath("/stores/mission")).toBe("/stores/mission");
    expect(sameSitePath("/history?store=mission&status=ready")).toBe("/history?store=mission&status=ready");
  });

  it.each([
    ["a backslash a browser reads as a slash", "/\\evil.example/x"],
    ["an encoded backslash, once decoded by the page", decodeURIComponent("/%5Cevil.example/x")],
    ["a tab a browser strips", decodeURIComponent("/%09/evil.example/x")],
    ["a newline a browser strips", "/\n/evil.example"],
    ["a protocol-relative address", "//evil.example/x"],
    ["a full address", "https://evil.example/x"],
    ["a scheme", "javascript:alert(1)"],
    ["nothing", ""],
  ])("refuses %s", (_, next) => {
    expect(sameSitePath(next)).toBeNull();
  });

  it("never answers with a path a browser would take to another host", async () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("/", "\\", "\t", "\n", "\r", " ", "e", ".", ":", "%", "0", "9", "@", "?", "#") }), (tail) => {
        const path = sameSitePath(`/${tail}`);
        if (path !== null) expect(new URL(path, "https://board.example").host).toBe("board.example");
      }),
      { numRuns: 2_000 },
    );
  });
});
