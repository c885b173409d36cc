import { describe, expect, it } from "vitest";
import { controlFigures, NO_REASON, type ControlEvent } from "./control-analytics";

const NEW_YORK = "America/New_York";
const at = (iso: string) => Date.parse(iso);
const event = (type: string, iso: string, extra: Partial<ControlEvent> = {}): ControlEvent => ({ type, createdAt: at(iso), message: null, actorName: "Sam", data: null, ...extra });

describe("the figures of a store's controls", () => {
  it("counts minutes paused per local day and why, splitting a pause across midnight, ending one at its own time or when still in force", () => {
    const figures = controlFigures({
      events: [
        // Begun before the range: only its part inside counts. 23:30 to 00:30 New York time across 31 Oct / 1 Nov.
        event("store_paused", "2026-11-01T03:30:00Z", { message: "Oven down" }),
        event("store_resumed", "2026-11-01T04:30:00Z"),
        // 1 November, 25 hours long: a 15-minute pause that ran out by itself, with no reason.
        event("store_paused", "2026-11-01T16:00:00Z", { data: { until: at("2026-11-01T16:15:00Z") } }),
        // 2 November: a heartbeat pause still in force at `now`.
        event("store_paused", "2026-11-02T22:00:00Z", { message: "No tablet online" }),
      ],
      autoAccepted: 4,
      timeZone: NEW_YORK,
      fromDay: "2026-11-01",
      toDay: "2026-11-02",
      now: at("2026-11-02T22:45:00Z"),
    });
    expect(figures.pausedByDay).toEqual([
      { day: "2026-11-01", minutes: { "Oven down": 30, [NO_REASON]: 15 } },
      { day: "2026-11-02", minutes: { "No tablet online": 45 } },
    ]);
    expect(figures.autoAccepted).toBe(4);
  });

  it("counts minutes in busy mode by its extra minutes, and the items 86'd most in the range", () => {
    const figures = controlFigures({
      events: [
        event("busy_changed", "2026-11-26T17:00:00Z", { data: { minutes: 10, until: null } }),
        event("busy_changed", "2026-11-26T17:30:00Z", { data: { minutes: 20, until: at("2026-11-26T18:00:00Z") } }),
        event("item_availability", "2026-11-26T17:05:00Z", { data: { name: "Fries", available: false } }),
        event("item_availability", "2026-11-26T18:05:00Z", { data: { name: "Fries", available: true } }),
        event("item_availability", "2026-11-26T19:05:00Z", { data: { name: "Fries", available: false } }),
        event("item_availability", "2026-11-26T19:06:00Z", { data: { name: "Shake", available: false } }),
        event("busy_changed", "2026-11-26T20:00:00Z", { data: { minutes: 0, until: null } }),
      ],
      autoAccepted: 0,
      timeZone: NEW_YORK,
      fromDay: "2026-11-26",
      toDay: "2026-11-26",
      now: at("2026-11-27T12:00:00Z"),
    });
    expect(figures.busyByDay).toEqual([{ day: "2026-11-26", minutes: { "+10 min": 30, "+20 min": 30 } }]);
    expect(figures.mostOut).toEqual([
      { name: "Fries", times: 2 },
      { name: "Shake", times: 1 },
    ]);
  });
});
