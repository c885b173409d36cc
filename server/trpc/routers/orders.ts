import { z } from "zod";
import { ZCartChanges, ZCartReason, type CartChange } from "@/server/domain/cart";
import { InvalidOrder, ItemNotFound } from "@/server/domain/errors";
import { ZCourierStatus } from "@/server/domain/fulfillment";
import { channelFromHeaders } from "@/server/domain/channel";
import { ZNewOrder, type NewOrder } from "@/server/domain/new-order";
import { ZDetailsChange } from "@/server/domain/order-details";
import { FINAL_STATUSES, ZAdvanceTarget } from "@/server/domain/order-status";
import { ZPrepMinutes } from "@/server/domain/prep-time";
import { ZReason } from "@/server/domain/reason-codes";
import { toApiItem, toApiOrder } from "@/server/rest/api-order";
import { ZApiItem, ZDeleted, ZDeletion, ZOrderAnswer, ZOrderCounts, ZOrderPage, ZOrderTotals } from "@/server/rest/api-schemas";
import { acceptOrder } from "@/server/services/accept-order";
import { acknowledgeOrder } from "@/server/services/acknowledge-order";
import { authorize } from "@/server/services/authorize";
import { acknowledgeChanges, changeCart } from "@/server/services/change-cart";
import { changeDetails } from "@/server/services/change-details";
import { NothingToChange } from "@/server/services/change-order";
import { cancelOrder, denyOrder } from "@/server/services/close-order";
import { countOrders, totalOrders } from "@/server/services/count-orders";
import { createOrder } from "@/server/services/create-order";
import { deleteOrder, orderDeletion } from "@/server/services/delete-order";
import { getBoard } from "@/server/services/get-board";
import { getOrder, readOrder } from "@/server/services/get-order";
import { listOrders, ZListOrders, type ListOrdersInput } from "@/server/services/list-orders";
import { markPaid } from "@/server/services/mark-paid";
import { failHandover } from "@/server/services/fail-handover";
import { ordersWithIssues } from "@/server/services/export-details";
import { ZArrival, ZHandoverFailure } from "@/server/domain/handover";
import { markArrived } from "@/server/services/tracking";
import { advanceOrder, recallOrder } from "@/server/services/move-order";
import { ZOrderFilters } from "@/server/services/order-filters";
import type { OrderView } from "@/server/services/order-views";
import { setItemPacked } from "@/server/services/pack-item";
import { setPrepTime } from "@/server/services/set-prep-time";
import { updateCourier } from "@/server/services/update-courier";
import { actionProcedure, listProcedure, orderProcedure, storeProcedure } from "../init";
import { restRoute } from "../rest-route";

/** Every change names the version its sender saw, so a stale sender gets a conflict, not an overwrite. */
const ZVersion = z.object({ version: z.int().positive().describe("The order's `version` as you last saw it") });
const ZItemId = z.object({ item_id: z.coerce.number<number>().int().positive() });

/** A change's answer: the order as it now is. */
const answer = ({ order }: { order: OrderView }) => ({ order: toApiOrder(order) });
const page = async (input: ListOrdersInput, stores: readonly string[] | null) => {
  const { orders, nextCursor } = await listOrders(input, stores);
  return { orders: orders.map(toApiOrder), next_cursor: nextCursor };
};
const LIFECYCLE = "Order lifecycle";
const ORDERS = "Orders";

export const ordersRouter = {
  // Lists before single orders: a REST path is matched in this order, so /orders/count is never read as an order id.
  list: listProcedure("orders.history")
    .meta(restRoute("GET", "/orders", "List orders", { tag: ORDERS, description: "Newest first (or `sort=total`, `dir=asc`), filtered, a page at a time. A token limited to one store sees only its store." }))
    .input(ZListOrders)
    .output(ZOrderPage)
    .query(async ({ ctx, input }) => page(input, ctx.stores)),
  count: listProcedure("orders.history")
    .meta(restRoute("GET", "/orders/count", "Count orders", { tag: ORDERS, description: "By status, and the active and finished totals, for the same filters as the list." }))
    .input(ZOrderFilters.omit({ status: true }))
    .output(ZOrderCounts)
    .query(async ({ ctx, input }) => {
      const counts = await countOrders(input, ctx.stores);
      return { by_status: counts.byStatus, active: counts.active, finished: counts.finished, total: counts.total };
    }),
  totals: listProcedure("orders.history")
    .meta(restRoute("GET", "/orders/totals", "Total orders", { tag: ORDERS, description: "How many orders match the list's filters (statuses included) and their sum per currency: the history's totals row." }))
    .input(ZOrderFilters)
    .output(ZOrderTotals)
    .query(async ({ ctx, input }) => totalOrders(input, ctx.stores)),
  history: listProcedure("orders.history")
    .meta(restRoute("GET", "/orders/history", "List finished orders", { tag: ORDERS, description: "Completed, cancelled and denied orders, newest first, unless `status` narrows them further." }))
    .input(ZListOrders)
    .output(ZOrderPage)
    .query(async ({ ctx, input }) => {
      const finished = (input.status ?? FINAL_STATUSES).filter((status) => (FINAL_STATUSES as readonly string[]).includes(status));
      return page({ ...input, status: finished.length ? finished : [...FINAL_STATUSES] }, ctx.stores);
    }),
  // The history's Issue column, for the page of orders it shows (not on the REST API: an order there has its issues under /issues).
  withIssues: listProcedure("orders.history")
    .input(z.object({ ids: z.array(z.int().positive()).max(500) }))
    .query(async ({ ctx, input }) => [...(await ordersWithIssues(input.ids, ctx.stores))]),
  listForStore: storeProcedure("orders.history", "store_id")
    .meta(restRoute("GET", "/stores/{store_id}/orders", "List one store's orders", { tag: ORDERS, description: "The same filters and paging as `GET /api/v1/orders`." }))
    .input(ZListOrders.omit({ store_id: true }))
    .output(ZOrderPage)
    .query(async ({ input }) => page(input, [input.store_id])),
  create: actionProcedure("orders.write")
    .meta({
      ...restRoute("POST", "/orders", "Send an order", {
        tag: ORDERS,
        description:
          "A normalized order, money in integer cents. Its identity is (platform, store, external id): sending it again answers 200 with the order already stored and changes nothing.",
        refusals: [409, 422],
        ok: "Sent before: the order as it is stored, unchanged",
      }),
      created: "The order is new",
    })
    .input(ZNewOrder)
    .output(ZOrderAnswer)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx.principal, "orders.write", { newOrderFor: input.store_id });
      const { order, created } = await createOrder(withChannelHeader(input, ctx.req.headers), ctx.actor);
      if (created) ctx.answer.status = 201;
      return answer({ order });
    }),
  get: orderProcedure("orders.read")
    .meta(restRoute("GET", "/orders/{id}", "Read an order", { tag: ORDERS }))
    .output(ZOrderAnswer)
    .query(async ({ input }) => answer({ order: await readOrder(input.id) })),
  items: orderProcedure("orders.read")
    .meta(restRoute("GET", "/orders/{id}/items", "List an order's lines", { tag: ORDERS, description: "Removed lines included, with `removed_at`." }))
    .output(z.object({ items: z.array(ZApiItem) }))
    .query(async ({ input }) => ({ items: (await readOrder(input.id)).items.map(toApiItem) })),
  item: orderProcedure("orders.read")
    .meta(restRoute("GET", "/orders/{id}/items/{item_id}", "Read one line", { tag: ORDERS }))
    .input(ZItemId)
    .output(z.object({ item: ZApiItem }))
    .query(async ({ input }) => ({ item: toApiItem(lineOf(await readOrder(input.id), input.item_id)) })),

  accept: orderProcedure("orders.write")
    .meta(restRoute("POST", "/orders/{id}/accept", "Accept an order", { tag: LIFECYCLE, description: "With the minutes it will take; the platform is told the ready time.", refusals: [409] }))
    .input(ZVersion.extend({ prep_minutes: ZPrepMinutes }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => answer(await acceptOrder({ orderId: input.id, expectedVersion: input.version, prepMinutes: input.prep_minutes, actor: ctx.actor }))),
  deny: orderProcedure("orders.write")
    .meta(restRoute("POST", "/orders/{id}/deny", "Deny an order", { tag: LIFECYCLE, description: "Before acceptance, with a reason code.", refusals: [409] }))
    .input(ZVersion.extend({ reason: ZReason }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => answer(await denyOrder({ orderId: input.id, expectedVersion: input.version, reason: input.reason, actor: ctx.actor }))),
  cancel: orderProcedure("orders.write")
    .meta(
      restRoute("POST", "/orders/{id}/cancel", "Cancel an order", {
        tag: LIFECYCLE,
        description: "At any point before it is finished, with a reason code; how a platform or the store's own app cancels too. `version` is optional here: a cancellation need not know it.",
        refusals: [409],
      }),
    )
    .input(z.object({ version: ZVersion.shape.version.optional(), reason: ZReason }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => answer(await cancelOrder({ orderId: input.id, expectedVersion: input.version, reason: input.reason, actor: ctx.actor }))),
  status: orderProcedure("orders.write")
    .meta(
      restRoute("POST", "/orders/{id}/status", "Move an order forward", {
        tag: LIFECYCLE,
        description:
          "To bagging, ready, picked up (orders a courier carries) or completed, as the transitions allow. Leaving bagging for ready needs every line ticked off on the tablet, unless `ready_anyway` is true (recorded with the lines left unticked).",
        refusals: [409],
      }),
    )
    .input(ZVersion.extend({ status: ZAdvanceTarget, ready_anyway: z.boolean().default(false) }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) =>
      answer(await advanceOrder({ orderId: input.id, expectedVersion: input.version, to: input.status, readyAnyway: input.ready_anyway, actor: ctx.actor })),
    ),
  recall: orderProcedure("orders.write")
    .meta(restRoute("POST", "/orders/{id}/recall", "Recall an order one step", { tag: LIFECYCLE, description: "For a mistake: bagging → accepted, ready → bagging, picked up → ready.", refusals: [409] }))
    .input(ZVersion)
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => answer(await recallOrder({ orderId: input.id, expectedVersion: input.version, actor: ctx.actor }))),
  prepTime: orderProcedure("orders.write")
    .meta(restRoute("POST", "/orders/{id}/prep-time", "Quote a new prep time", { tag: LIFECYCLE, description: "While accepted or bagging: ready `prep_minutes` from now.", refusals: [409] }))
    .input(ZVersion.extend({ prep_minutes: ZPrepMinutes }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => answer(await setPrepTime({ orderId: input.id, expectedVersion: input.version, prepMinutes: input.prep_minutes, actor: ctx.actor }))),
  acknowledge: orderProcedure("orders.write")
    .meta(restRoute("POST", "/orders/{id}/acknowledge", "Acknowledge a new order", { tag: LIFECYCLE, description: "Somebody has seen it: its highlight and chime stop on every tablet.", refusals: [409] }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => answer(await acknowledgeOrder({ orderId: input.id, actor: ctx.actor }))),
  customerArrived: orderProcedure("orders.write")
    .meta(
      restRoute("POST", "/orders/{id}/customer-arrived", "Say the customer is here", {
        tag: LIFECYCLE,
        description:
          "A pickup, curbside or drive-thru customer is at the store (as the tracking link's I'm here button says it): every board of the store raises the alarm a courier at the counter raises, until the order is handed over. Saying it again changes nothing.",
        refusals: [409],
      }),
    )
    .input(ZArrival)
    .output(ZOrderAnswer)
    .mutation(async ({ input: { id, ...arrival }, ctx }) => {
      await markArrived(id, arrival, ctx.actor);
      return answer({ order: await readOrder(id) });
    }),
  handoverFailed: orderProcedure("orders.write")
    .meta(
      restRoute("POST", "/orders/{id}/handover-failed", "Report a failed handover", {
        tag: LIFECYCLE,
        description:
          "The order ends as `failed` with its `outcome`, counted apart from the store's cancellations: `not_picked_up` (a ready pickup, curbside or drive-thru order nobody collected), `pickup_failed` (a courier could not take it: accepted, bagging or ready), `delivery_failed` (picked up, not delivered). The platform is told, unless it said so itself. `version` is optional.",
        refusals: [409],
      }),
    )
    .input(ZHandoverFailure.extend({ version: ZVersion.shape.version.optional() }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) =>
      answer(await failHandover({ orderId: input.id, expectedVersion: input.version, outcome: input.outcome, reason: input.reason, actor: ctx.actor })),
    ),
  markPaid: orderProcedure("orders.write")
    .meta(
      restRoute("POST", "/orders/{id}/paid", "Mark an order paid", {
        tag: LIFECYCLE,
        description: "The store collected the money of an unpaid (drive-thru) order; the event records who and what. An unpaid order cannot be completed before this.",
        refusals: [409],
      }),
    )
    .input(ZVersion)
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => answer(await markPaid({ orderId: input.id, expectedVersion: input.version, actor: ctx.actor }))),
  deliveryStatus: orderProcedure("orders.write")
    .meta(
      restRoute("POST", "/orders/{id}/delivery-status", "Report the courier's progress", {
        tag: LIFECYCLE,
        description:
          "For platforms that drive the courier flow over REST, by the same rules as their webhooks: it only moves forward (a repeated or earlier status changes nothing), and a courier leaving with a ready order, or delivering it, moves the order too.",
      }),
    )
    .input(z.object({ status: ZCourierStatus, courier: z.object({ name: z.string().trim().min(1).max(100).optional(), phone: z.string().trim().max(30).optional() }).optional() }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) =>
      unlessUnchanged(input.id, () => updateCourier({ orderId: input.id, status: input.status, courierName: input.courier?.name ?? null, courierPhone: input.courier?.phone ?? null, actor: ctx.actor })),
    ),
  update: orderProcedure("orders.write")
    .meta(
      restRoute("PATCH", "/orders/{id}", "Change an order's details", {
        tag: ORDERS,
        description:
          "The customer, the handover (type, address, vehicle, table), the promised time and the instructions, in the shapes an order comes in with and each part optional. Every change is an event with before and after, live on every board; a finished order's details cannot change.",
        refusals: [409, 422],
      }),
    )
    .input(ZVersion.extend(ZDetailsChange.shape))
    .output(ZOrderAnswer)
    .mutation(async ({ input: { id, version, ...change }, ctx }) => unlessUnchanged(id, () => changeDetails({ orderId: id, expectedVersion: version, change, actor: ctx.actor }))),
  delete: orderProcedure("orders.delete")
    .meta(
      restRoute("DELETE", "/orders/{id}", "Delete an order", {
        tag: ORDERS,
        description: "Removes it from every list, board and count; who deleted it, when, and the order as it was stay for an admin to read. Needs `orders:delete`, which only admins' tokens carry.",
        refusals: [409],
      }),
    )
    .input(z.object({ version: z.coerce.number<number>().int().positive().optional().describe("The order's version as you last saw it; a stale one is refused") }))
    .output(ZDeleted)
    .mutation(async ({ input, ctx }) => {
      await deleteOrder({ orderId: input.id, expectedVersion: input.version, actor: ctx.actor });
      return { id: input.id, object: "order" as const, deleted: true as const };
    }),
  deletion: actionProcedure("orders.delete")
    .meta(restRoute("GET", "/orders/{id}/deletion", "Read a deleted order", { tag: ORDERS, description: "The order as it was when deleted, who deleted it and when." }))
    .input(z.object({ id: z.coerce.number<number>().int().positive() }))
    .use(async ({ ctx, input, next }) => {
      await authorize(ctx.principal, "orders.delete", { deletedOrderId: input.id });
      return next();
    })
    .output(ZDeletion)
    .query(async ({ input }) => {
      const { order, deletedAt, by } = await orderDeletion(input.id);
      return { deletion: { order: toApiOrder(order), deleted_at: new Date(deletedAt).toISOString(), deleted_by: by } };
    }),

  changeCart: orderProcedure("orders.write")
    .meta(
      restRoute("PATCH", "/orders/{id}/cart", "Change the cart", {
        tag: ORDERS,
        description: "Adds, removes, re-quantifies and substitutes lines in one atomic request: any invalid part refuses it all. Totals are recomputed.",
        refusals: [409, 422],
      }),
    )
    .input(ZVersion.extend({ reason: ZCartReason, changes: ZCartChanges }))
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) =>
      answer(await changeCart({ orderId: input.id, expectedVersion: input.version, changes: input.changes, reason: input.reason, actor: ctx.actor })),
    ),
  changeItem: orderProcedure("orders.write")
    .meta(
      restRoute("PATCH", "/orders/{id}/items/{item_id}", "Change one line", {
        tag: ORDERS,
        description: "Its quantity or its special instructions; a substitution goes through the cart.",
        refusals: [409, 422],
      }),
    )
    .input(ZItemId)
    .input(
      ZVersion.extend({
        reason: ZCartReason,
        quantity: z.int().min(1).max(999).optional(),
        special_instructions: z.string().trim().max(500).optional(),
      }).refine((patch) => patch.quantity !== undefined || patch.special_instructions !== undefined, { message: "Change quantity, special_instructions or both" }),
    )
    .output(ZOrderAnswer)
    .mutation(async ({ input, ctx }) => {
      const line = lineOf(await readOrder(input.id), input.item_id);
      const changes: CartChange[] = [];
      if (input.quantity !== undefined) changes.push({ op: "quantity", item_id: line.id, quantity: input.quantity });
      if (input.special_instructions !== undefined) changes.push({ op: "instructions", item_id: line.id, special_instructions: input.special_instructions });
      return answer(await changeCart({ orderId: input.id, expectedVersion: input.version, changes, reason: input.reason, actor: ctx.actor }));
    }),

  // The tablet's own: its board, and an order with its whole timeline for the drawer.
  board: storeProcedure("orders.read").query(async ({ input }) => getBoard(input.storeId)),
  detail: orderProcedure("orders.read").query(async ({ input }) => await getOrder(input.id)),
  acknowledgeChanges: orderProcedure("orders.write").mutation(async ({ input, ctx }) => await acknowledgeChanges({ orderId: input.id, actor: ctx.actor })),
  setPacked: orderProcedure("orders.write")
    .input(z.object({ itemId: z.int().positive(), packed: z.boolean() }))
    .mutation(async ({ input, ctx }) => await setItemPacked({ orderId: input.id, itemId: input.itemId, packed: input.packed, actor: ctx.actor })),
};

/** The channel from the `X-App-Channel` (or `X-APP-X`) header when the body names none; a header naming no known channel is refused. */
function withChannelHeader(input: NewOrder, headers: Headers): NewOrder {
  if (input.channel) return input;
  const { channel, problem } = channelFromHeaders(headers);
  if (problem) throw new InvalidOrder([{ path: ["headers", "x-app-channel"], message: problem }]);
  return channel ? { ...input, channel } : input;
}

function lineOf(order: OrderView, itemId: number) {
  const line = order.items.find((candidate) => candidate.id === itemId);
  if (!line) throw new ItemNotFound(itemId, order.id);
  return line;
}

/** A change that turns out to change nothing (a repeated courier status, details sent as they are) answers the order as it is. */
async function unlessUnchanged(orderId: number, change: () => Promise<{ order: OrderView }>) {
  try {
    return answer(await change());
  } catch (error) {
    if (error instanceof NothingToChange) return answer({ order: await readOrder(orderId) });
    throw error;
  }
}
