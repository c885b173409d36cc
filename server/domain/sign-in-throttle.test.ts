import { describe, expect, it } from "vitest";
import { lockoutMs } from "./sign-in-throttle";

describe("the wait after wrong PINs", () => {
  it("lets the first four pass, then waits 30 s, doubling to a 15-minute cap", () => {
    expect([0, 1, 2, 3, 4].map(lockoutMs)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(lockoutMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(lockoutMs(20)).toBe(15 * 60_000);
  });
});
