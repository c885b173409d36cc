import { describe, expect, it } from "vitest";
import { acceptDeadlineAt, acceptEscalation, DEFAULT_ACCEPT_DEADLINE_SECONDS } from "./platform-timing";

const placedAt = Date.UTC(2026, 10, 24, 18, 0, 0);
const minutes = (m: number) => placedAt + m * 60_000;

describe("escalating an unaccepted order", () => {
  it("Uber Eats gives 11.5 minutes", () => {
    expect(DEFAULT_ACCEPT_DEADLINE_SECONDS.uber_eats).toBe(690);
    expect(acceptDeadlineAt(placedAt, 690)).toBe(minutes(11.5));
  });

  it.each([
    [0, "none"],
    [3.8, "none"],
    [3.9, "highlight"],
    [5.7, "highlight"],
    [5.75, "chime"],
    [8.6, "chime"],
    [8.625, "manager"],
    [12, "manager"],
  ] as const)("on Uber Eats at %s minutes: %s", (at, stage) => {
    expect(acceptEscalation(placedAt, 690, minutes(at))).toBe(stage);
  });

  it("every stage comes before the deadline, whatever the window", () => {
    for (const seconds of Object.values(DEFAULT_ACCEPT_DEADLINE_SECONDS)) {
      expect(acceptEscalation(placedAt, seconds, acceptDeadlineAt(placedAt, seconds) - 1)).toBe("manager");
    }
  });
});
