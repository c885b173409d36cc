import "server-only";
import { insertRow } from "@/db/client";
import { orderEvents, type OrderEventRow } from "@/db/schema";
import type { Actor } from "./actor";

export type NewEvent = Pick<OrderEventRow, "orderId" | "storeId" | "type"> &
  Partial<Pick<OrderEventRow, "fromStatus" | "toStatus" | "reasonCode" | "message" | "data" | "issueId">>;

/** Writes the event row of a change; called inside the transaction of the change it records. */
export function recordEvent(event: NewEvent, actor: Actor, now: number): Promise<OrderEventRow> {
  return insertRow(orderEvents, { ...event, actorType: actor.type, actorId: actor.id, actorName: actor.name, createdAt: now });
}
