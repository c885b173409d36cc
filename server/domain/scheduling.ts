import { z } from "zod";

/** What a store allows for an order placed for later: the prep it quotes and a margin, both in minutes. */
export type ScheduleLead = { prepMinutes: number; bufferMinutes: number };

export const DEFAULT_SCHEDULE_LEAD: ScheduleLead = { prepMinutes: 15, bufferMinutes: 5 };
export const ZLeadMinutes = z.int().min(0).max(240);

const MINUTE = 60_000;

/**
 * When a store must start an order the customer wants at `scheduledFor`: that time minus the quoted
 * prep and the buffer. Instants, so a clock change in between moves nothing: an order for 03:10 PDT
 * with 20 minutes of lead is due at 01:50 PST, 20 real minutes before.
 */
export const dueAt = (scheduledFor: number, lead: ScheduleLead) => scheduledFor - (lead.prepMinutes + lead.bufferMinutes) * MINUTE;

/** Whether an order for `scheduledFor` waits in the Scheduled lane (due later), or comes in at once. */
export const waitsUntilDue = (scheduledFor: number | null, lead: ScheduleLead, now: number) => scheduledFor !== null && dueAt(scheduledFor, lead) > now;

/** The moment an order's clocks (accept deadline, urgency, time to accept) start: when it became due, else when it was placed. */
export const countsFrom = (order: { placedAt: number; dueAt: number | null }) => order.dueAt ?? order.placedAt;
