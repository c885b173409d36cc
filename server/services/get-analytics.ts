import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import { z } from "zod";
import { transaction } from "@/db/client";
import { orderEvents, orderIssues, orders } from "@/db/schema";
import { computeAnalytics } from "@/server/domain/analytics";
import { controlFigures } from "@/server/domain/control-analytics";
import { InvalidRequest } from "@/server/domain/errors";
import { localTime, nextDay, startOfLocalDay } from "@/server/domain/time-zone";
import { getStore } from "./list-stores";
import { notDeleted } from "./order-views";

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A day as YYYY-MM-DD");
export const ZAnalyticsRange = z.object({
  range: z.enum(["today", "7d", "30d", "custom"]).default("7d"),
  from: ZDay.optional(),
  to: ZDay.optional(),
});
export type AnalyticsRange = z.infer<typeof ZAnalyticsRange>;

const daysBefore = (day: string, n: number) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
};

/** The range's first and last local days in the store's zone. */
function daysOf({ range, from, to }: AnalyticsRange, today: string): [string, string] {
  if (range === "today") return [today, today];
  if (range === "7d") return [daysBefore(today, 6), today];
  if (range === "30d") return [daysBefore(today, 29), today];
  if (!from || !to) throw new InvalidRequest("A custom range needs a first and a last day");
  if (from > to) throw new InvalidRequest("The first day comes after the last");
  if (daysBefore(to, 366) > from) throw new InvalidRequest("A range spans a year at most");
  return [from, to];
}

/** One store's analytics for a range of its own local days. */
export async function getAnalytics(storeId: string, range: AnalyticsRange, now = Date.now()) {
  const store = await getStore(storeId);
  const [fromDay, toDay] = daysOf(range, localTime(now, store.timezone).day);
  const start = startOfLocalDay(fromDay, store.timezone);
  const end = startOfLocalDay(nextDay(toDay), store.timezone);
  return transaction(async (tx) => {
    const inRange = and(eq(orders.storeId, storeId), gte(orders.placedAt, start), lt(orders.placedAt, end), notDeleted);
    const ids = tx.select({ id: orders.id }).from(orders).where(inRange);
    const rows = await tx
      .select({
        id: orders.id,
        placedAt: orders.placedAt,
        dueAt: orders.dueAt,
        platform: orders.platform,
        channel: orders.channel,
        paymentMethod: orders.paymentMethod,
        status: orders.status,
        acceptedAt: orders.acceptedAt,
        readyAt: orders.readyAt,
        readyBy: orders.readyBy,
        prepMinutes: orders.prepMinutes,
        finishedAt: orders.finishedAt,
        reasonCode: orders.reasonCode,
        outcome: orders.outcome,
        totalCents: orders.totalCents,
        tipCents: orders.tipCents,
        fulfillmentType: orders.fulfillmentType,
      })
      .from(orders)
      .where(inRange);
    const events = await tx
      .select({ orderId: orderEvents.orderId, type: orderEvents.type, toStatus: orderEvents.toStatus, createdAt: orderEvents.createdAt, actorType: orderEvents.actorType, actorName: orderEvents.actorName })
      .from(orderEvents)
      .where(and(eq(orderEvents.storeId, storeId), inArray(orderEvents.orderId, ids)))
      .then((rows) => rows.flatMap(({ orderId, ...event }) => (orderId === null ? [] : [{ ...event, orderId }])));
    const issues = await tx
      .select({ orderId: orderIssues.orderId, type: orderIssues.type, priority: orderIssues.priority, refundCents: orderIssues.refundCents, affectedItems: orderIssues.affectedItems })
      .from(orderIssues)
      .where(inArray(orderIssues.orderId, ids));
    const [first] = await tx.select({ currency: orders.currency }).from(orders).where(inRange).limit(1);
    const currency = first?.currency ?? "USD";
    // The store's own events up to the range's end (a pause begun before it counts), few beside orders'.
    const storeEvents = await tx
      .select({ type: orderEvents.type, createdAt: orderEvents.createdAt, message: orderEvents.message, actorName: orderEvents.actorName, data: orderEvents.data })
      .from(orderEvents)
      .where(and(eq(orderEvents.storeId, storeId), isNull(orderEvents.orderId), lt(orderEvents.createdAt, end)))
      .orderBy(asc(orderEvents.id));
    const [autoAccepted] = await tx.select({ count: count() }).from(orders).where(and(inRange, eq(orders.autoAccepted, true)));
    return {
      store,
      fromDay,
      toDay,
      currency,
      ...computeAnalytics({ orders: rows, events, issues, timeZone: store.timezone, fromDay, toDay, now }),
      controls: controlFigures({ events: storeEvents, autoAccepted: autoAccepted?.count ?? 0, timeZone: store.timezone, fromDay, toDay, now }),
    };
  });
}
