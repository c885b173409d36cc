import { z } from "zod";
import { ZCartChanges, ZCartReason } from "@/server/domain/cart";
import { ZNewOrder } from "@/server/domain/new-order";
import { ZAdvanceTarget } from "@/server/domain/order-status";
import { ZPrepMinutes } from "@/server/domain/prep-time";
import { ZReason } from "@/server/domain/reason-codes";
import { acknowledgeOrder } from "@/server/services/acknowledge-order";
import { acceptOrder } from "@/server/services/accept-order";
import { cancelOrder, denyOrder } from "@/server/services/close-order";
import { countOrders } from "@/server/services/count-orders";
import { createOrder } from "@/server/services/create-order";
import { getBoard } from "@/server/services/get-board";
import { getOrder } from "@/server/services/get-order";
import { listOrders, ZListOrders } from "@/server/services/list-orders";
import { advanceOrder, recallOrder } from "@/server/services/move-order";
import { acknowledgeChanges, changeCart } from "@/server/services/change-cart";
import { setItemPacked } from "@/server/services/pack-item";
import { setPrepTime } from "@/server/services/set-prep-time";
import { ZOrderFilters } from "@/server/services/order-filters";
import { assertCanUseStore, historyProcedure, orderProcedure, signedInProcedure, storeProcedure } from "../init";

/** Every change names the version the tablet saw, so a stale tablet gets a conflict, not an overwrite. */
const ZVersion = z.object({ version: z.int().positive() });

export const ordersRouter = {
  board: storeProcedure.query(({ input }) => getBoard(input.storeId)),
  incoming: storeProcedure.query(({ input }) => listOrders(ZListOrders.parse({ storeId: input.storeId, status: ["incoming"], limit: 100 })).orders),
  list: historyProcedure.input(ZListOrders).query(({ input }) => listOrders(input)),
  counts: historyProcedure.input(ZOrderFilters.omit({ status: true })).query(({ input }) => countOrders(input)),
  byId: orderProcedure.query(({ input }) => getOrder(input.id)),

  create: signedInProcedure.input(ZNewOrder).mutation(({ input, ctx }) => {
    assertCanUseStore(ctx.principal, input.store_id);
    return createOrder(input, ctx.actor);
  }),
  accept: orderProcedure
    .input(ZVersion.extend({ prepMinutes: ZPrepMinutes }))
    .mutation(({ input, ctx }) =>
      acceptOrder({ orderId: input.id, expectedVersion: input.version, prepMinutes: input.prepMinutes, actor: ctx.actor }),
    ),
  deny: orderProcedure
    .input(ZVersion.extend({ reason: ZReason }))
    .mutation(({ input, ctx }) =>
      denyOrder({ orderId: input.id, expectedVersion: input.version, reason: input.reason, actor: ctx.actor }),
    ),
  cancel: orderProcedure
    .input(ZVersion.extend({ reason: ZReason }))
    .mutation(({ input, ctx }) =>
      cancelOrder({ orderId: input.id, expectedVersion: input.version, reason: input.reason, actor: ctx.actor }),
    ),
  advance: orderProcedure
    .input(ZVersion.extend({ to: ZAdvanceTarget, readyAnyway: z.boolean().default(false) }))
    .mutation(({ input, ctx }) =>
      advanceOrder({ orderId: input.id, expectedVersion: input.version, to: input.to, readyAnyway: input.readyAnyway, actor: ctx.actor }),
    ),
  changeCart: orderProcedure
    .input(ZVersion.extend({ changes: ZCartChanges, reason: ZCartReason }))
    .mutation(({ input, ctx }) =>
      changeCart({ orderId: input.id, expectedVersion: input.version, changes: input.changes, reason: input.reason, actor: ctx.actor }),
    ),
  acknowledgeChanges: orderProcedure.mutation(({ input, ctx }) => acknowledgeChanges({ orderId: input.id, actor: ctx.actor })),
  setPrepTime: orderProcedure
    .input(ZVersion.extend({ prepMinutes: ZPrepMinutes }))
    .mutation(({ input, ctx }) => setPrepTime({ orderId: input.id, expectedVersion: input.version, prepMinutes: input.prepMinutes, actor: ctx.actor })),
  setPacked: orderProcedure
    .input(z.object({ itemId: z.int().positive(), packed: z.boolean() }))
    .mutation(({ input, ctx }) => setItemPacked({ orderId: input.id, itemId: input.itemId, packed: input.packed, actor: ctx.actor })),
  recall: orderProcedure
    .input(ZVersion)
    .mutation(({ input, ctx }) => recallOrder({ orderId: input.id, expectedVersion: input.version, actor: ctx.actor })),
  acknowledge: orderProcedure.mutation(({ input, ctx }) => acknowledgeOrder({ orderId: input.id, actor: ctx.actor })),
};
