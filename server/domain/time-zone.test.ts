import { describe, expect, it } from "vitest";
import { localTime, nextDay, startOfLocalDay } from "./time-zone";

describe("store time zones", () => {
  it("puts an evening order on the store's own day, not UTC's", () => {
    expect(localTime(Date.UTC(2026, 2, 7, 6, 30), "America/Los_Angeles")).toEqual({ day: "2026-03-06", hour: 22, minute: 30, weekday: 4 });
  });

  it("starts local days at local midnight across the spring and autumn DST changes", () => {
    expect(new Date(startOfLocalDay("2026-03-08", "America/Los_Angeles")).toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(new Date(startOfLocalDay("2026-03-09", "America/Los_Angeles")).toISOString()).toBe("2026-03-09T07:00:00.000Z");
    expect(new Date(startOfLocalDay("2026-11-01", "America/New_York")).toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(new Date(startOfLocalDay("2026-11-02", "America/New_York")).toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(startOfLocalDay("2026-03-09", "America/Los_Angeles") - startOfLocalDay("2026-03-08", "America/Los_Angeles")).toBe(23 * 3_600_000);
  });

  it("steps days by the calendar", () => {
    expect(nextDay("2026-02-28")).toBe("2026-03-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});
