import { tracked } from "@trpc/server";
import { z } from "zod";
import { ZNewOrder } from "@/server/domain/new-order";
import { ZAdvanceTarget } from "@/server/domain/order-status";
import { ZPrepMinutes } from "@/server/domain/prep-time";
import { ZReason } from "@/server/domain/reason-codes";
import { eventBus } from "@/server/events/bus";
import { acknowledgeOrder } from "@/server/services/acknowledge-order";
import { acceptOrder } from "@/server/services/accept-order";
import { cancelOrder, denyOrder } from "@/server/services/close-order";
import { countOrders } from "@/server/services/count-orders";
import { createOrder } from "@/server/services/create-order";
import { allEventsSince } from "@/server/services/events-since";
import { getBoard } from "@/server/services/get-board";
import { getOrder } from "@/server/services/get-order";
import { latestEventId } from "@/server/services/latest-event-id";
import { listOrders, ZListOrders } from "@/server/services/list-orders";
import { advanceOrder, recallOrder } from "@/server/services/move-order";
import { ZOrderFilters } from "@/server/services/order-filters";
import { getDb } from "@/db/client";
import { publicProcedure } from "../init";

const ZStoreId = z.string().min(1);
/** Every change names the version the tablet saw, so a stale tablet gets a conflict, not an overwrite. */
const ZOrderRef = z.object({ id: z.int().positive(), version: z.int().positive() });

export const ordersRouter = {
  board: publicProcedure.input(z.object({ storeId: ZStoreId })).query(({ input }) => getBoard(input.storeId)),
  incoming: publicProcedure
    .input(z.object({ storeId: ZStoreId }))
    .query(({ input }) => listOrders({ storeId: input.storeId, status: ["incoming"], limit: 100 }).orders),
  list: publicProcedure.input(ZListOrders).query(({ input }) => listOrders(input)),
  counts: publicProcedure.input(ZOrderFilters.omit({ status: true })).query(({ input }) => countOrders(input)),
  byId: publicProcedure.input(z.object({ id: z.int().positive() })).query(({ input }) => getOrder(input.id)),

  create: publicProcedure.input(ZNewOrder).mutation(({ input, ctx }) => createOrder(input, ctx.actor)),
  accept: publicProcedure
    .input(ZOrderRef.extend({ prepMinutes: ZPrepMinutes }))
    .mutation(({ input, ctx }) =>
      acceptOrder({ orderId: input.id, expectedVersion: input.version, prepMinutes: input.prepMinutes, actor: ctx.actor }),
    ),
  deny: publicProcedure
    .input(ZOrderRef.extend({ reason: ZReason }))
    .mutation(({ input, ctx }) =>
      denyOrder({ orderId: input.id, expectedVersion: input.version, reason: input.reason, actor: ctx.actor }),
    ),
  cancel: publicProcedure
    .input(ZOrderRef.extend({ reason: ZReason }))
    .mutation(({ input, ctx }) =>
      cancelOrder({ orderId: input.id, expectedVersion: input.version, reason: input.reason, actor: ctx.actor }),
    ),
  advance: publicProcedure
    .input(ZOrderRef.extend({ to: ZAdvanceTarget }))
    .mutation(({ input, ctx }) =>
      advanceOrder({ orderId: input.id, expectedVersion: input.version, to: input.to, actor: ctx.actor }),
    ),
  recall: publicProcedure
    .input(ZOrderRef)
    .mutation(({ input, ctx }) => recallOrder({ orderId: input.id, expectedVersion: input.version, actor: ctx.actor })),
  acknowledge: publicProcedure
    .input(z.object({ id: z.int().positive() }))
    .mutation(({ input, ctx }) => acknowledgeOrder({ orderId: input.id, actor: ctx.actor })),

  /** A board's live feed: what it missed since `lastEventId`, then every new event of its store. */
  onOrderEvent: publicProcedure
    .input(z.object({ storeId: ZStoreId, lastEventId: z.coerce.number().int().nonnegative().nullish() }))
    .subscription(async function* ({ input, signal }) {
      const live = eventBus().listen(signal)[Symbol.asyncIterator]();
      let cursor = input.lastEventId ?? latestEventId(getDb(), input.storeId);
      for (const message of allEventsSince(input.storeId, cursor)) {
        cursor = message.event.id;
        yield tracked(String(cursor), message);
      }
      try {
        while (!signal?.aborted) {
          const next = await live.next();
          if (next.done) return;
          const message = next.value;
          if (message.event.storeId !== input.storeId || message.event.id <= cursor) continue;
          cursor = message.event.id;
          yield tracked(String(cursor), message);
        }
      } catch (error) {
        if (!signal?.aborted) throw error;
      } finally {
        await live.return?.();
      }
    }),
};
