import "server-only";
import { and, asc, eq, gte, inArray, or } from "drizzle-orm";
import { transaction } from "@/db/client";
import { orderIssues, orders } from "@/db/schema";
import { BOARD_STATUSES, FINISHED_STATUSES, RECENT_WINDOW_MS } from "@/server/domain/order-status";
import { latestEventId } from "./event-cursors";
import { listPeople } from "./employees";
import { getStore } from "./list-stores";
import { listGroups } from "./staff-groups";
import { readControls } from "./store-controls";
import { notDeleted, withItems } from "./order-views";

/**
 * The board's orders and the id of the last event they include, read in one snapshot:
 * the board's subscription resumes from that id, so nothing falls between the two.
 */
export function getBoard(storeId: string, now = Date.now()) {
  return transaction(async (tx) => {
    const store = await getStore(storeId, tx);
    const rows = await tx
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.storeId, storeId),
          notDeleted,
          or(
            inArray(orders.status, [...BOARD_STATUSES, "scheduled"]),
            and(inArray(orders.status, FINISHED_STATUSES), gte(orders.finishedAt, now - RECENT_WINDOW_MS)),
          ),
        ),
      )
      .orderBy(asc(orders.placedAt), asc(orders.id));
    const issues = await tx
      .select({ issue: orderIssues, shortCode: orders.shortCode })
      .from(orderIssues)
      .innerJoin(orders, eq(orders.id, orderIssues.orderId))
      .where(and(eq(orderIssues.storeId, storeId), notDeleted, inArray(orderIssues.status, ["open", "investigating"]), inArray(orderIssues.priority, ["urgent", "high"])))
      .orderBy(asc(orderIssues.createdAt));
    return {
      store,
      // Who and which groups an order can be assigned to, and the names its card shows.
      people: await listPeople(storeId),
      groups: await listGroups(storeId, tx),
      orders: await withItems(tx, rows),
      issues: issues.map(({ issue, shortCode }) => ({ ...issue, shortCode })),
      // What the store has paused or 86'd: the banner, and the flags on incoming cards.
      controls: await readControls(storeId, now, tx),
      lastEventId: await latestEventId(tx, storeId),
      serverTime: now,
    };
  });
}
