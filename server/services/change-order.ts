import "server-only";
import { and, eq } from "drizzle-orm";
import { transaction, type Tx } from "@/db/client";
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
  decide: (order: OrderRow, now: number, tx: Tx) => OrderChange | Promise<OrderChange>;
};

/**
 * The one way an existing order changes: read, check, conditional update and event row in one
 * writing transaction, with the platform's notification in the outbox, then publish to the boards after commit.
 */
export async function changeOrder({ orderId, expectedVersion, actor, decide }: ChangeOrderOptions): Promise<OrderEventMessage> {
  const message = await transaction(
    async (tx) => {
      const [current] = await tx.select().from(orders).where(and(eq(orders.id, orderId), notDeleted));
      if (!current) throw new OrderNotFound(orderId);
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        throw new VersionConflict(await loadOrderView(orderId));
      }
      const now = Date.now();
      let change: OrderChange;
      try {
        change = await decide(current, now, tx);
      } catch (error) {
        if (error instanceof TransitionRefused) error.current = await loadOrderView(orderId);
        throw error;
      }
      const updated = await tx
        .update(orders)
        .set({ ...change.patch, version: current.version + 1, updatedAt: now })
        .where(and(eq(orders.id, orderId), eq(orders.version, current.version)))
        .returning({ id: orders.id });
      if (updated.length !== 1) throw new VersionConflict(await loadOrderView(orderId));
      const event = await recordEvent({ ...change.event, orderId, storeId: current.storeId }, actor, now);
      await enqueueNotification(tx, event, { ...current, ...change.patch }, now);
      return { event, order: await loadOrderView(orderId, { deleted: Boolean(change.patch.deletedAt) }) };
    },
    { write: true },
  );
  eventBus().publish(message);
  return message;
}
