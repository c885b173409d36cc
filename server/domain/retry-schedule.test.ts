import { describe, expect, it } from "vitest";
import { attemptVerdict, RETRY_AFTER_CAP_MS, RETRY_CAP_MS, retryAfterMs, retryDelayMs } from "./retry-schedule";

describe("the retry schedule", () => {
  it("doubles from one second and caps at a minute, without jitter at the midpoint", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((failed) => retryDelayMs(failed, middle))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
  });

  it("spreads each wait by ±20 % so many stores retrying at once do not arrive together", () => {
    expect(retryDelayMs(3, () => 0)).toBe(3_200);
    expect(retryDelayMs(3, () => 1)).toBe(4_800);
    expect(retryDelayMs(50, () => 1)).toBe(RETRY_CAP_MS * 1.2);
  });

  it.each([
    [200, "sent"],
    [204, "sent"],
    [null, "retry"],
    [500, "retry"],
    [503, "retry"],
    [408, "retry"],
    [409, "retry"],
    [429, "retry"],
    [400, "stop"],
    [401, "stop"],
    [404, "stop"],
    [422, "stop"],
    [301, "stop"],
  ] as const)("an answer of %s means %s", (status, verdict) => {
    expect(attemptVerdict(status)).toBe(verdict);
  });

  it("reads Retry-After as seconds or as an HTTP date, capped, and ignores nonsense", () => {
    const now = Date.UTC(2026, 10, 24, 18, 0, 0);
    expect(retryAfterMs("30", now)).toBe(30_000);
    expect(retryAfterMs(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
    expect(retryAfterMs("86400", now)).toBe(RETRY_AFTER_CAP_MS);
    expect(retryAfterMs(new Date(now - 5_000).toUTCString(), now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
