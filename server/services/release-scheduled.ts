import "server-only";
import { and, asc, eq, isNotNull, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { VersionConflict } from "@/server/domain/errors";
import { SYSTEM_ACTOR } from "./actor";
import { changeOrder, NothingToChange } from "./change-order";
import { dueTimer, processTimer } from "./due-timer";
import { notDeleted } from "./order-views";

const scheduled = and(eq(orders.status, "scheduled"), isNotNull(orders.dueAt), notDeleted);

/**
 * Brings in every scheduled order due by `now`: each moves to incoming with a `due` event, so every
 * board chimes and shows it as new. Safe on several instances at once: the version check lets one
 * of them move each order, and the others find nothing to do.
 */
export async function releaseDueOrders(now = Date.now()): Promise<number[]> {
  const due = await getDb()
    .select({ id: orders.id })
    .from(orders)
    .where(and(scheduled, lte(orders.dueAt, now)))
    .orderBy(asc(orders.dueAt), asc(orders.id));
  const released: number[] = [];
  for (const { id } of due) {
    try {
      await changeOrder({
        orderId: id,
        actor: SYSTEM_ACTOR,
        decide: (order) => {
          if (order.status !== "scheduled" || order.dueAt === null || order.dueAt > now) throw new NothingToChange();
          return { patch: { status: "incoming" }, event: { type: "due", fromStatus: "scheduled", toStatus: "incoming" } };
        },
      });
      released.push(id);
    } catch (error) {
      if (!(error instanceof NothingToChange) && !(error instanceof VersionConflict)) throw error;
    }
  }
  return released;
}

async function nextDueAt(): Promise<number | null> {
  const [next] = await getDb().select({ dueAt: orders.dueAt }).from(orders).where(scheduled).orderBy(asc(orders.dueAt)).limit(1);
  return next?.dueAt ?? null;
}

/** The timer that releases scheduled orders: set for the next one due, and moved earlier when an earlier one comes in. */
export const scheduledReleases = () =>
  processTimer("scheduled-releases", () =>
    dueTimer({ run: releaseDueOrders, nextDueAt, done: "Scheduled orders came in", failed: "Releasing scheduled orders failed; trying again shortly" }),
  );
