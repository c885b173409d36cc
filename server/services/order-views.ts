import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { builtOnce, type Db, type Tx } from "@/db/client";
import { orderItems, orders, type OrderItemRow, type OrderRow } from "@/db/schema";
import { OrderNotFound } from "@/server/domain/errors";

export type OrderView = OrderRow & { items: OrderItemRow[] };

/** Attaches items to orders with one query, keeping the orders' order. */
export async function withItems(db: Db | Tx, rows: OrderRow[]): Promise<OrderView[]> {
  if (rows.length === 0) return [];
  const items = await db
    .select()
    .from(orderItems)
    .where(
      inArray(
        orderItems.orderId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(orderItems.orderId), asc(orderItems.position));
  const byOrder = new Map<number, OrderItemRow[]>(rows.map((row) => [row.id, []]));
  for (const item of items) byOrder.get(item.orderId)!.push(item);
  return rows.map((row) => ({ ...row, items: byOrder.get(row.id)! }));
}

/** Orders nobody deleted: every list, board, count and lookup reads only these. */
export const notDeleted = isNull(orders.deletedAt);

const orderById = (deleted: boolean) =>
  builtOnce((db) =>
    db
      .select()
      .from(orders)
      .where(and(eq(orders.id, sql.placeholder("id")), deleted ? isNotNull(orders.deletedAt) : notDeleted))
      .prepare(),
  );
const liveOrder = orderById(false);
const deletedOrder = orderById(true);
const linesOf = builtOnce((db) => db.select().from(orderItems).where(eq(orderItems.orderId, sql.placeholder("id"))).orderBy(asc(orderItems.position)).prepare());

/**
 * An order with its lines; a deleted one is not found (`deleted`: found only if deleted, for the
 * audit). Read inside whatever transaction the caller has open.
 */
export async function loadOrderView(orderId: number, { deleted = false } = {}): Promise<OrderView> {
  const [row] = await (deleted ? deletedOrder : liveOrder)().execute({ id: orderId });
  if (!row) throw new OrderNotFound(orderId);
  return { ...row, items: await linesOf().execute({ id: orderId }) };
}

export async function orderStoreId(db: Db | Tx, orderId: number, { deleted = false } = {}): Promise<string> {
  const [row] = await db
    .select({ storeId: orders.storeId })
    .from(orders)
    .where(and(eq(orders.id, orderId), deleted ? isNotNull(orders.deletedAt) : notDeleted));
  if (!row) throw new OrderNotFound(orderId);
  return row.storeId;
}
