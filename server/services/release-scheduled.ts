import "server-only";
import { and, asc, eq, isNotNull, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { VersionConflict } from "@/server/domain/errors";
import { log } from "@/server/log/logger";
import { SYSTEM_ACTOR } from "./actor";
import { changeOrder, NothingToChange } from "./change-order";
import { notDeleted } from "./order-views";

/** Another instance may take in a scheduled order: every instance looks again at least this often. */
const LOOK_AGAIN_MS = 60_000;

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
function createReleases() {
  let timer: NodeJS.Timeout | undefined;
  let armedFor = Infinity;
  let running = false;
  const arm = (at: number) => {
    clearTimeout(timer);
    armedFor = at;
    timer = setTimeout(() => void run(), Math.max(0, at - Date.now()));
  };
  async function run() {
    armedFor = Infinity;
    try {
      const released = await releaseDueOrders();
      if (released.length > 0) log.info({ orders: released }, "Scheduled orders came in");
      arm(Math.min((await nextDueAt()) ?? Infinity, Date.now() + LOOK_AGAIN_MS));
    } catch (error) {
      log.error({ err: error }, "Releasing scheduled orders failed; trying again shortly");
      arm(Date.now() + LOOK_AGAIN_MS / 4);
    }
  }
  return {
    start() {
      running = true;
      arm(Date.now());
    },
    /** An order due at `at` was taken in here: wake for it if it is the earliest. Nothing until started (tests, scripts). */
    plan(at: number) {
      if (running && at < armedFor) arm(at);
    },
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}

// One timer per server process, however many route bundles load this module.
const holder = globalThis as unknown as { orderboardReleases?: ReturnType<typeof createReleases> };

export function scheduledReleases() {
  holder.orderboardReleases ??= createReleases();
  return holder.orderboardReleases;
}
