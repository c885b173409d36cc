import { describe, expect, it } from "vitest";
import { formatClock } from "@/components/ui/format";
import { countsFrom, dueAt, waitsUntilDue } from "./scheduling";

const MIN = 60_000;
const lead = { prepMinutes: 15, bufferMinutes: 5 };

describe("orders placed for later", () => {
  it("fall due the store's prep and buffer before the customer's time, in real minutes across a clock change", () => {
    // Los Angeles springs forward at 02:00 PST on 14 March 2027: 01:59 PST is followed by 03:00 PDT.
    const wanted = Date.parse("2027-03-14T03:10:00-07:00");
    const due = dueAt(wanted, lead);
    expect(wanted - due).toBe(20 * MIN);
    expect(new Date(due).toISOString()).toBe("2027-03-14T09:50:00.000Z");
    expect(formatClock(due, "America/Los_Angeles", "en-US")).toBe("1:50 AM");
    expect(formatClock(wanted, "America/Los_Angeles", "en-US")).toBe("3:10 AM");
  });

  it("wait only while their due time is ahead", () => {
    const wanted = 100 * MIN;
    expect(waitsUntilDue(wanted, lead, 79 * MIN)).toBe(true);
    expect(waitsUntilDue(wanted, lead, 80 * MIN)).toBe(false);
    expect(waitsUntilDue(null, lead, 0)).toBe(false);
  });

  it("count their clocks from when they came in, others from when they were placed", () => {
    expect(countsFrom({ placedAt: 5, dueAt: 50 })).toBe(50);
    expect(countsFrom({ placedAt: 5, dueAt: null })).toBe(5);
  });
});
