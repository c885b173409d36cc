import type { Platform } from "./platforms";

const MINUTE = 60;

/** How long each platform waits for an answer before it cancels the order itself (seconds); a store can change them. */
export const DEFAULT_ACCEPT_DEADLINE_SECONDS: Record<Platform, number> = {
  doordash: 8 * MINUTE,
  uber_eats: 11.5 * MINUTE,
  grubhub: 10 * MINUTE,
  luladirect: 15 * MINUTE,
  // No platform cancels the store's own orders; the board still asks for an answer within this.
  direct: 10 * MINUTE,
};

export type AcceptEscalation = "none" | "highlight" | "chime" | "manager";

/** Share of the window gone by when each stage starts: all three come well before the platform gives up. */
const STAGES: [AcceptEscalation, number][] = [
  ["manager", 3 / 4],
  ["chime", 1 / 2],
  ["highlight", 1 / 3],
];

/** How loudly the board asks for a decision on an order nobody has accepted yet. */
export function acceptEscalation(placedAt: number, deadlineSeconds: number, now: number): AcceptEscalation {
  const share = (now - placedAt) / (deadlineSeconds * 1000);
  return STAGES.find(([, from]) => share >= from)?.[0] ?? "none";
}

export function acceptDeadlineAt(placedAt: number, deadlineSeconds: number): number {
  return placedAt + deadlineSeconds * 1000;
}
