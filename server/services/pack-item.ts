import "server-only";
import { and, eq } from "drizzle-orm";
import { orderItems } from "@/db/schema";
import { lineLabel } from "@/server/domain/cart";
import { InvalidRequest, TransitionRefused } from "@/server/domain/errors";
import type { Actor } from "./actor";
import { changeOrder } from "./change-order";

/** Bag check: ticks a line off as packed (or back), shared live with every tablet. */
export function setItemPacked({ orderId, itemId, packed, actor }: { orderId: number; itemId: number; packed: boolean; actor: Actor }) {
  return changeOrder({
    orderId,
    actor,
    decide: async (order, now, tx) => {
      if (order.status !== "bagging") throw new TransitionRefused(order.status, order.status, "Lines are ticked off while the order is being bagged");
      const [item] = await tx.select().from(orderItems).where(and(eq(orderItems.id, itemId), eq(orderItems.orderId, orderId)));
      if (!item || item.removedAt !== null) throw new InvalidRequest(`Item ${itemId} is not on this order`);
      if ((item.packedAt !== null) === packed) throw new InvalidRequest(`${item.name} is already ${packed ? "ticked off" : "not ticked"}`);
      await tx.update(orderItems).set({ packedAt: packed ? now : null }).where(eq(orderItems.id, itemId));
      return { patch: {}, event: { type: packed ? "item_packed" : "item_unpacked", data: { itemId, item: lineLabel(item) } } };
    },
  });
}
