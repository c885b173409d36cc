import { describe, expect, it } from "vitest";
import { InvalidRequest } from "./errors";
import { endsAt, isOpenAt, kitchenBusyMinutes, pauseAt, stillOut, ZOpeningHours } from "./store-controls";
import { endOfLocalDay } from "./time-zone";

const NEW_YORK = "America/New_York";
const HOUR = 3_600_000;

describe("the end of the store's day", () => {
  it("is its next local midnight, 23 hours after the start of the day clocks spring forward and 25 after they fall back", () => {
    // 8 March 2026, New York: 02:00 EST becomes 03:00 EDT. Midnight after is 04:00 UTC (EDT).
    expect(new Date(endOfLocalDay(Date.parse("2026-03-08T15:00:00Z"), NEW_YORK)).toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(endOfLocalDay(Date.parse("2026-03-08T15:00:00Z"), NEW_YORK) - Date.parse("2026-03-08T05:00:00Z")).toBe(23 * HOUR);
    // 1 November 2026: 02:00 EDT becomes 01:00 EST. Midnight after is 05:00 UTC (EST).
    expect(new Date(endOfLocalDay(Date.parse("2026-11-01T15:00:00Z"), NEW_YORK)).toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(endOfLocalDay(Date.parse("2026-11-01T15:00:00Z"), NEW_YORK) - Date.parse("2026-11-01T04:00:00Z")).toBe(25 * HOUR);
  });

  it("is the store's, not the server's: late evening in Los Angeles is already tomorrow in UTC", () => {
    // 23:30 on 26 November in Los Angeles is 07:30 UTC on the 27th; the day ends at 08:00 UTC.
    expect(new Date(endOfLocalDay(Date.parse("2026-11-27T07:30:00Z"), "America/Los_Angeles")).toISOString()).toBe("2026-11-27T08:00:00.000Z");
  });
});

describe("when a control set now ends", () => {
  const now = Date.parse("2026-11-26T18:00:00Z");

  it("is minutes from now, a time given, the end of the store's day, or never (until turned back on)", () => {
    expect(endsAt(now, NEW_YORK, { minutes: 30 })).toBe(now + 30 * 60_000);
    expect(endsAt(now, NEW_YORK, { until: "2026-11-26T20:00:00-05:00" })).toBe(Date.parse("2026-11-27T01:00:00Z"));
    expect(endsAt(now, NEW_YORK, { until: "end_of_day" })).toBe(Date.parse("2026-11-27T05:00:00Z"));
    expect(endsAt(now, NEW_YORK, {})).toBeNull();
  });

  it("refuses a time past, one more than a week ahead, and both minutes and a time", () => {
    expect(() => endsAt(now, NEW_YORK, { until: "2026-11-26T17:59:59Z" })).toThrow(InvalidRequest);
    expect(() => endsAt(now, NEW_YORK, { until: "2026-12-04T18:00:00Z" })).toThrow(InvalidRequest);
    expect(() => endsAt(now, NEW_YORK, { minutes: 15, until: "end_of_day" })).toThrow(InvalidRequest);
  });
});

describe("what is in force at a moment", () => {
  it("ends a pause and an 86 at their time, whether or not the clock has swept them yet", () => {
    const store = { paused: true, pausePlatforms: ["doordash" as const], pauseReason: "Oven down", pauseUntil: 1_000 };
    expect(pauseAt(store, 999)).toEqual({ platforms: ["doordash"], reason: "Oven down", until: 1_000 });
    expect(pauseAt(store, 1_000)).toBeNull();
    expect(pauseAt({ ...store, pauseUntil: null }, Number.MAX_SAFE_INTEGER)).not.toBeNull();
    expect(pauseAt({ ...store, paused: false }, 0)).toBeNull();
    expect(stillOut({ available: false, unavailableUntil: 1_000 }, 999)).toBe(true);
    expect(stillOut({ available: false, unavailableUntil: 1_000 }, 1_000)).toBe(false);
    expect(stillOut({ available: false, unavailableUntil: null }, Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(stillOut({ available: true, unavailableUntil: null }, 0)).toBe(false);
  });
});

describe("opening hours", () => {
  const hours = ZOpeningHours.parse({ sunday: [{ open: "10:00", close: "14:00" }, { open: "17:00", close: "24:00" }], monday: [{ open: "00:00", close: "01:30" }] });

  it("are read on the store's wall clock, DST days included, a span open at its start and closed at its end", () => {
    // Sunday 1 November 2026, the day New York falls back: 10:00 EST is 15:00 UTC.
    expect(isOpenAt(hours, Date.parse("2026-11-01T14:59:00Z"), NEW_YORK)).toBe(false);
    expect(isOpenAt(hours, Date.parse("2026-11-01T15:00:00Z"), NEW_YORK)).toBe(true);
    expect(isOpenAt(hours, Date.parse("2026-11-01T19:00:00Z"), NEW_YORK)).toBe(false);
    // Past midnight into Monday, 01:29 EST, then closed at 01:30.
    expect(isOpenAt(hours, Date.parse("2026-11-02T06:29:00Z"), NEW_YORK)).toBe(true);
    expect(isOpenAt(hours, Date.parse("2026-11-02T06:30:00Z"), NEW_YORK)).toBe(false);
    // Sunday 8 March 2026, the day it springs forward: 10:00 EDT is 14:00 UTC.
    expect(isOpenAt(hours, Date.parse("2026-03-08T14:00:00Z"), NEW_YORK)).toBe(true);
    expect(isOpenAt(hours, Date.parse("2026-03-08T13:59:00Z"), NEW_YORK)).toBe(false);
    // A day left out is closed; no hours at all is always open.
    expect(isOpenAt(hours, Date.parse("2026-11-03T17:00:00Z"), NEW_YORK)).toBe(false);
    expect(isOpenAt(null, Date.parse("2026-11-03T17:00:00Z"), NEW_YORK)).toBe(true);
  });

  it("refuse a span that closes before it opens, a time that is not one, and a day that is not one", () => {
    expect(ZOpeningHours.safeParse({ monday: [{ open: "22:00", close: "02:00" }] }).success).toBe(false);
    expect(ZOpeningHours.safeParse({ monday: [{ open: "9:00", close: "17:00" }] }).success).toBe(false);
    expect(ZOpeningHours.safeParse({ funday: [{ open: "09:00", close: "17:00" }] }).success).toBe(false);
  });
});

describe("busy mode that follows the kitchen", () => {
  it("adds nothing to an easy kitchen, more the more orders and the older the oldest, in steps of five up to the limit", () => {
    expect(kitchenBusyMinutes({ active: 0, oldestAgeMs: null, max: 30 })).toBe(0);
    expect(kitchenBusyMinutes({ active: 4, oldestAgeMs: 15 * 60_000, max: 30 })).toBe(0);
    expect(kitchenBusyMinutes({ active: 9, oldestAgeMs: 15 * 60_000, max: 30 })).toBe(10);
    expect(kitchenBusyMinutes({ active: 9, oldestAgeMs: 30 * 60_000, max: 30 })).toBe(20);
    expect(kitchenBusyMinutes({ active: 30, oldestAgeMs: 60 * 60_000, max: 30 })).toBe(30);
  });
});
