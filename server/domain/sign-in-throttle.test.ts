import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, lockoutMs, throttleKeys } from "./sign-in-throttle";

describe("the wait after wrong PINs", () => {
  it("lets the free attempts pass, then waits 30 s, doubling to a 15-minute cap", () => {
    expect([0, 1, 2, 3, 4].map((n) => lockoutMs(n, 5))).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => lockoutMs(n, 5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(lockoutMs(20, 5)).toBe(15 * 60_000);
    expect(lockoutMs(9, FREE_ATTEMPTS.person)).toBe(0);
    expect(lockoutMs(10, FREE_ATTEMPTS.person)).toBe(30_000);
  });
});

describe("the counters an attempt is held against", () => {
  const keysOf = (tablet: { id: string; known: boolean } | null) => throttleKeys({ employeeId: 7, clientAddress: "10.0.0.1", tablet }).map((k) => k.key);

  it("are the person's and the address's for a browser that is not a known tablet", () => {
    expect(keysOf(null)).toEqual(["person:7", "address:10.0.0.1"]);
    expect(keysOf({ id: "t1", known: false })).toEqual(["person:7", "tablet:t1:person:7", "address:10.0.0.1"]);
  });

  it("leave the store's address out for a known tablet, so one tablet under attack cannot lock the others", () => {
    expect(keysOf({ id: "t1", known: true })).toEqual(["person:7", "tablet:t1:person:7"]);
  });
});
