import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { orders, type OrderRow } from "@/db/schema";
import { OrderNotFound, TransitionRefused, VersionConflict } from "@/server/domain/errors";
import { eventBus, type OrderEventMessage } from "@/server/events/bus";
import type { Actor } from "./actor";
import { loadOrderView, notDeleted } from "./order-views";
import { enqueueNotification } from "./outbox";
import { recordEvent, type NewEvent } from "./record-event";

export type OrderChange = {
  patch: Partial<Omit<OrderRow, "id" | "version" | "storeId">>;
  event: Omit<NewEvent, "orderId" | "storeId">;
};

/** Thrown by a `decide` that finds the order already as asked (a repeated platform event): nothing is written. */
export class NothingToChange extends Error {}

type ChangeOrderOptions = {
  orderId: number;
  /** The version the caller saw; a different one means someone else changed the order first. */
  expectedVersion?: number;
  actor: Actor;
  /** Applies the domain rules to the current row: returns the change, or throws a refusal. Writes to other rows go through `tx`. */
  decide: (order: OrderRow, now: number, tx: Tx) => OrderChange;
};

/**
 * The one way an existing order changes: read, check, conditional update and event row in one
 * IMMEDIATE transaction, with the platform's notification in the outbox, then publish to the boards after commit.
 */
export function changeOrder({ orderId, expectedVersion, actor, decide }: ChangeOrderOptions): OrderEventMessage {
  const db = getDb();
  const message = db.transaction(
    (tx) => {
      const current = tx.select().from(orders).where(and(eq(orders.id, orderId), notDeleted)).get();
      if (!current) throw new OrderNotFound(orderId);
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        throw new VersionConflict(loadOrderView(orderId));
      }
      const now = Date.now();
      let change: OrderChange;
      try {
        change = decide(current, now, tx);
      } catch (error) {
        if (error instanceof TransitionRefused) error.current = loadOrderView(orderId);
        throw error;
      }
      const updated = tx
        .update(orders)
        .set({ ...change.patch, version: current.version + 1, updatedAt: now })
        .where(and(eq(orders.id, orderId), eq(orders.version, current.version)))
        .run();
      if (updated.changes !== 1) throw new VersionConflict(loadOrderView(orderId));
      const event = recordEvent({ ...change.event, orderId, storeId: current.storeId }, actor, now);
      enqueueNotification(tx, event, { ...current, ...change.patch }, now);
      return { event, order: loadOrderView(orderId, { deleted: Boolean(change.patch.deletedAt) }) };
    },
    { behavior: "immediate" },
  );
  eventBus().publish(message);
  return message;
}
