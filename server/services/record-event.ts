import "server-only";
import type { Tx } from "@/db/client";
import { orderEvents, type OrderEventRow } from "@/db/schema";
import type { Actor } from "./actor";

export type NewEvent = Pick<OrderEventRow, "orderId" | "storeId" | "type"> &
  Partial<Pick<OrderEventRow, "fromStatus" | "toStatus" | "reasonCode" | "message" | "data" | "issueId">>;

export function recordEvent(tx: Tx, event: NewEvent, actor: Actor, now: number): OrderEventRow {
  return tx
    .insert(orderEvents)
    .values({
      ...event,
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name,
      createdAt: now,
    })
    .returning()
    .get();
}
