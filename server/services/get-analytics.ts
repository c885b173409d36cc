import "server-only";
import { and, asc, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import { z } from "zod";
import { getDb, transaction, type Tx } from "@/db/client";
import { orderEvents, orderIssues, orders, stores } from "@/db/schema";
import { computeAnalytics } from "@/server/domain/analytics";
import { controlFigures } from "@/server/domain/control-analytics";
import { InvalidRequest } from "@/server/domain/errors";
import { DEFAULT_HEADLINE_TARGETS, headlineOf, judgeHeadline, type HeadlineTargets } from "@/server/domain/headline";
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

/** Days from the first to the last, both counted. */
const spanOf = (fromDay: string, toDay: string) => (Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000 + 1;

/** The rows the figures are counted from: one store's orders placed in [start, end), their events and issues. */
async function readRange(tx: Tx, storeId: string, start: number, end: number) {
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
      currency: orders.currency,
      autoAccepted: orders.autoAccepted,
    })
    .from(orders)
    .where(inRange);
  const events = await tx
    .select({ orderId: orderEvents.orderId, type: orderEvents.type, toStatus: orderEvents.toStatus, createdAt: orderEvents.createdAt, actorType: orderEvents.actorType, actorName: orderEvents.actorName })
    .from(orderEvents)
    .where(and(eq(orderEvents.storeId, storeId), inArray(orderEvents.orderId, ids)))
    .then((found) => found.flatMap(({ orderId, ...event }) => (orderId === null ? [] : [{ ...event, orderId }])));
  const issues = await tx
    .select({ orderId: orderIssues.orderId, type: orderIssues.type, priority: orderIssues.priority, refundCents: orderIssues.refundCents, affectedItems: orderIssues.affectedItems })
    .from(orderIssues)
    .where(inArray(orderIssues.orderId, ids));
  return { orders: rows, events, issues };
}

/**
 * One store's analytics for a range of its own local days, with the headline set beside the same
 * days a week before (a range longer than a week: the period of the same length before it).
 */
export async function getAnalytics(storeId: string, range: AnalyticsRange, now = Date.now()) {
  const store = await getStore(storeId);
  const [fromDay, toDay] = daysOf(range, localTime(now, store.timezone).day);
  const back = Math.max(7, spanOf(fromDay, toDay));
  const [beforeFrom, beforeTo] = [daysBefore(fromDay, back), daysBefore(toDay, back)];
  const start = startOfLocalDay(fromDay, store.timezone);
  const end = startOfLocalDay(nextDay(toDay), store.timezone);
  return transaction(async (tx) => {
    const current = await readRange(tx, storeId, start, end);
    const earlier = await readRange(tx, storeId, startOfLocalDay(beforeFrom, store.timezone), startOfLocalDay(nextDay(beforeTo), store.timezone));
    // The store's own events up to the range's end (a pause begun before it counts), few beside orders'.
    const storeEvents = await tx
      .select({ type: orderEvents.type, createdAt: orderEvents.createdAt, message: orderEvents.message, actorName: orderEvents.actorName, data: orderEvents.data })
      .from(orderEvents)
      .where(and(eq(orderEvents.storeId, storeId), isNull(orderEvents.orderId), lt(orderEvents.createdAt, end)))
      .orderBy(asc(orderEvents.id));
    const figures = computeAnalytics({ ...current, timeZone: store.timezone, fromDay, toDay, now });
    const headline = headlineOf(figures);
    const before = headlineOf(computeAnalytics({ ...earlier, timeZone: store.timezone, fromDay: beforeFrom, toDay: beforeTo, now }));
    const targets = store.headlineTargets ?? DEFAULT_HEADLINE_TARGETS;
    return {
      store,
      fromDay,
      toDay,
      currency: current.orders[0]?.currency ?? "USD",
      ...figures,
      headline: { now: headline, before, beforeFrom, beforeTo, targets, within: judgeHeadline(headline, before, targets) },
      controls: controlFigures({ events: storeEvents, autoAccepted: current.orders.filter((order) => order.autoAccepted).length, timeZone: store.timezone, fromDay, toDay, now }),
    };
  });
}

/** A manager's limits for the analytics headline. */
export async function setHeadlineTargets(storeId: string, targets: HeadlineTargets) {
  await getStore(storeId);
  await getDb().update(stores).set({ headlineTargets: targets }).where(eq(stores.id, storeId));
  return targets;
}
