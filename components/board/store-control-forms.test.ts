import { describe, expect, it } from "vitest";
import { ZAvailabilityChange } from "@/server/domain/store-controls";
import { PLATFORMS } from "@/server/domain/platforms";
import { BUSY_DEFAULTS, busyForm, PAUSE_DEFAULTS, pauseForm } from "./store-control-forms";

const pause = pauseForm({ choosePlatform: "which?", reasonTooLong: "shorter" });

describe("the store controls' forms", () => {
  it("read a pause into the availability change the server takes: every platform unless some are left out, the reason if said, how long", () => {
    const cases: [Partial<typeof PAUSE_DEFAULTS>, unknown][] = [
      [{}, { minutes: 30 }],
      [{ platforms: ["grubhub"], reason: " Oven down ", duration: "day" }, { platforms: ["grubhub"], reason: "Oven down", until: "end_of_day" }],
      [{ duration: "open", reason: "  " }, {}],
    ];
    for (const [typed, change] of cases) {
      const read = pause.parse({ ...PAUSE_DEFAULTS, ...typed });
      expect(read).toEqual(change);
      expect(ZAvailabilityChange.parse({ paused: true, ...read })).toEqual({ paused: true, ...read });
    }
    expect(PAUSE_DEFAULTS.platforms).toEqual(PLATFORMS);
  });

  it("refuses a pause on no platform, or with a reason the server would not keep, in the screen's words", () => {
    const result = pause.safeParse({ ...PAUSE_DEFAULTS, platforms: [], reason: "x".repeat(201) });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["platforms", "which?"],
      ["reason", "shorter"],
    ]);
    expect(pause.safeParse({ ...PAUSE_DEFAULTS, platforms: ["myspace"] }).success).toBe(false);
  });

  it("reads busy mode into its minutes and how long it lasts", () => {
    expect(busyForm.parse(BUSY_DEFAULTS)).toEqual({ busy_minutes: 10, busy_for_minutes: 60 });
    expect(busyForm.parse({ minutes: "30", duration: "day" })).toEqual({ busy_minutes: 30, busy_until: "end_of_day" });
    expect(busyForm.parse({ minutes: "20", duration: "open" })).toEqual({ busy_minutes: 20 });
  });
});
