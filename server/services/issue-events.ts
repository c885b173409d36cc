import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orderIssues, type OrderIssueRow } from "@/db/schema";
import { NotFound } from "@/server/domain/errors";
import { eventBus, type OrderEventMessage } from "@/server/events/bus";
import type { Actor } from "./actor";
import { loadOrderView } from "./order-views";
import { recordEvent, type NewEvent } from "./record-event";

export async function loadIssue(tx: Tx, issueId: number): Promise<OrderIssueRow> {
  const [issue] = await tx.select().from(orderIssues).where(eq(orderIssues.id, issueId));
  if (!issue) throw new NotFound(`Issue ${issueId} does not exist`);
  return issue;
}

/** Issue changes are rows of the order's own event log, so they show on its timeline and reach its store's boards. */
export function recordIssueEvent(issue: OrderIssueRow, event: Pick<NewEvent, "type" | "message" | "data">, actor: Actor, now: number) {
  return recordEvent({ ...event, orderId: issue.orderId, storeId: issue.storeId, issueId: issue.id }, actor, now);
}

/** After commit: every event with the order and the issue as they now stand. */
export async function publishIssueEvents(tx: Tx, issueId: number, events: OrderEventMessage["event"][]): Promise<OrderEventMessage[]> {
  const issue = await loadIssue(tx, issueId);
  const order = await loadOrderView(issue.orderId);
  return events.map((event) => ({ event, order, issue }));
}

export function publish(messages: OrderEventMessage[]) {
  for (const message of messages) eventBus().publish(message);
}
