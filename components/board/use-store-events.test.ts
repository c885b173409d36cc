import { describe, expect, it } from "vitest";
import { reconnectDelayMs } from "./use-store-events";

describe("how soon a board tries its server again", () => {
  it("waits 1 s, then 2 s, then every 3 s, spread ±20 % so the tablets of a store do not all knock at once", () => {
    expect([0, 1, 2, 3, 9].map((attempt) => reconnectDelayMs(attempt, () => 0.5))).toEqual([1_000, 2_000, 3_000, 3_000, 3_000]);
    expect(reconnectDelayMs(0, () => 0)).toBe(800);
    expect(reconnectDelayMs(5, () => 1)).toBe(3_600);
  });
});
