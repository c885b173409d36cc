import { describe, expect, it } from "vitest";
import { customerShortName, formatAge, formatClock, formatDuration } from "./format";

describe("formatting for the board", () => {
  it("formats durations in whole minutes", () => {
    expect(formatDuration(59_000)).toBe("< 1 min");
    expect(formatDuration(4 * 60_000 + 59_000)).toBe("4 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 5 min");
    expect(formatDuration(120 * 60_000)).toBe("2 h");
  });

  it("counts an age in seconds, then minutes and seconds, so it visibly moves", () => {
    expect(formatAge(4_200)).toBe("4 s");
    expect(formatAge(125_000)).toBe("2 min 5 s");
    expect(formatAge(63 * 60_000)).toBe("1 h 3 min");
  });

  it("shows clock times in the store's zone, across a DST change", () => {
    expect(formatClock(Date.UTC(2026, 6, 1, 23, 5), "America/New_York", "en-US")).toBe("7:05 PM");
    expect(formatClock(Date.UTC(2026, 11, 1, 23, 5), "America/New_York", "en-US")).toBe("6:05 PM");
    expect(formatClock(Date.UTC(2026, 11, 1, 23, 5), "America/New_York", "es-US")).toBe("6:05 p.m.");
  });

  it("shortens a customer to first name and last initial", () => {
    expect(customerShortName("Jane", "doe")).toBe("Jane D.");
    expect(customerShortName("Cher", "")).toBe("Cher");
  });
});
