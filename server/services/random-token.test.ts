import { describe, expect, it } from "vitest";
import { randomToken } from "./random-token";

describe("randomToken", () => {
  it("answers base64url text of the bytes asked for, never the same twice across refills of its pool", () => {
    const tokens = Array.from({ length: 1000 }, () => randomToken(24));
    for (const token of tokens) expect(Buffer.from(token, "base64url")).toHaveLength(24);
    expect(tokens.every((token) => /^[A-Za-z0-9_-]{32}$/.test(token))).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("refuses more than its pool holds", () => {
    expect(() => randomToken(4097)).toThrow(RangeError);
  });
});
