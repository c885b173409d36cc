import "server-only";
import { randomUUID } from "node:crypto";
import { eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { boardPresence, stores } from "@/db/schema";
import { InvalidRequest } from "@/server/domain/errors";
import { isOpenAt, pauseAt } from "@/server/domain/store-controls";
import { toIso } from "@/server/domain/time-zone";
import { obviousDestinationProblem } from "@/server/integrations/destination";
import { postJson } from "@/server/integrations/post-json";
import { log } from "@/server/log/logger";
import type { Actor } from "./actor";
import { getStore } from "./list-stores";
import { setPause } from "./store-controls";

/** The heartbeat's own doing, as the timeline and the banner name it. */
export const HEARTBEAT_ACTOR: Actor = { type: "system", id: "heartbeat", name: "Tablet heartbeat" };
export const NO_TABLET_REASON = "No tablet online";
/** How often each instance says which stores' boards it holds, and looks for stores nobody watches. */
const BEAT_MS = 15_000;
const ALERT_TRIES = 3;

/** This instance holds open boards of these stores now. */
export async function recordPresence(instanceId: string, storeIds: readonly string[], now: number) {
  for (const storeId of storeIds) {
    await getDb()
      .insert(boardPresence)
      .values({ storeId, instanceId, seenAt: now })
      .onConflictDoUpdate({ target: [boardPresence.storeId, boardPresence.instanceId], set: { seenAt: now } });
  }
}

/** Tells the store's managers, at their URL, that the heartbeat paused it: a few tries, then the log. */
async function alertManagers(url: string, body: Record<string, unknown>) {
  const json = JSON.stringify(body);
  for (let attempt = 1; attempt <= ALERT_TRIES; attempt++) {
    try {
      const answer = await postJson(url, { "content-type": "application/json", "user-agent": "Orderboard-Alerts/1" }, json, AbortSignal.timeout(10_000));
      if (answer.status >= 200 && answer.status < 300) return;
      log.warn({ status: answer.status, attempt }, "Store alert refused");
    } catch (error) {
      log.warn({ err: error, attempt }, "Store alert not delivered");
    }
  }
}

/**
 * Pauses, on every platform, each open store no board has been connected to for its heartbeat's minutes
 * (counting from `since`, this instance's start, when none ever was), and tells its managers; lifts
 * such a pause as soon as a board is back. A pause a person set is never touched. `storeId` looks at
 * one store only (a board just connected to it).
 */
export async function checkHeartbeats(now: number, since: number, storeId?: string): Promise<string[]> {
  const db = getDb();
  const seen = new Map(
    (await db.select({ storeId: boardPresence.storeId, at: max(boardPresence.seenAt) }).from(boardPresence).where(storeId ? eq(boardPresence.storeId, storeId) : undefined).groupBy(boardPresence.storeId)).map(
      (row) => [row.storeId, row.at ?? 0],
    ),
  );
  const done: string[] = [];
  for (const store of await db.select().from(stores).where(storeId ? eq(stores.id, storeId) : undefined)) {
    const lastSeen = Math.max(seen.get(store.id) ?? 0, since);
    // A closed store needs no board: only an open one is paused for want of one.
    const gone = store.heartbeatMinutes > 0 && now - lastSeen >= store.heartbeatMinutes * 60_000 && isOpenAt(store.openingHours, now, store.timezone);
    if (store.pausedByHeartbeat && store.paused && !gone) {
      await setPause(store.id, { paused: false }, HEARTBEAT_ACTOR, now);
      done.push(`${store.id}: a board is back, resumed`);
    } else if (gone && pauseAt(store, now) === null) {
      await setPause(store.id, { paused: true, reason: NO_TABLET_REASON }, HEARTBEAT_ACTOR, now, { byHeartbeat: true });
      done.push(`${store.id}: no board for ${store.heartbeatMinutes} min, paused`);
      if (store.alertUrl) {
        void alertManagers(store.alertUrl, {
          type: "store.tablets_offline",
          timestamp: toIso(now),
          data: { store_id: store.id, store_name: store.name, last_board_seen: toIso(lastSeen), paused: true, reason: NO_TABLET_REASON },
        });
      }
    }
  }
  return done;
}

export type HeartbeatSettings = { minutes: number; alert_url: string | null };

export async function readHeartbeat(storeId: string): Promise<HeartbeatSettings> {
  const store = await getStore(storeId);
  return { minutes: store.heartbeatMinutes, alert_url: store.alertUrl };
}

/** A manager sets how long a store may go without a board before it is paused, and where they hear of it. */
export async function setHeartbeat(storeId: string, settings: HeartbeatSettings): Promise<HeartbeatSettings> {
  const problem = settings.alert_url && obviousDestinationProblem(settings.alert_url);
  if (problem) throw new InvalidRequest(problem);
  await getStore(storeId);
  await getDb().update(stores).set({ heartbeatMinutes: settings.minutes, alertUrl: settings.alert_url }).where(eq(stores.id, storeId));
  return settings;
}

/**
 * Each instance's heartbeat: every few seconds it records the stores whose boards it holds (`watched`)
 * and looks for stores nobody watches; a board connecting is recorded and looked at at once.
 */
function createHeartbeat() {
  const instanceId = randomUUID();
  const since = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  let watched: () => readonly string[] = () => [];
  const beat = async (storeId?: string) => {
    try {
      const now = Date.now();
      await recordPresence(instanceId, storeId ? [storeId] : watched(), now);
      const done = await checkHeartbeats(now, since, storeId);
      if (done.length > 0) log.info({ done }, "Tablet heartbeat");
    } catch (error) {
      log.error({ err: error }, "Tablet heartbeat failed; trying again shortly");
    }
  };
  return {
    start(stores: () => readonly string[]) {
      watched = stores;
      timer ??= setInterval(() => void beat(), BEAT_MS);
      timer.unref?.();
    },
    /** A board of the store just connected: a pause for want of one is lifted within moments. */
    boardJoined: (storeId: string) => (timer ? beat(storeId) : Promise.resolve()),
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

const holder = globalThis as unknown as { orderboardHeartbeat?: ReturnType<typeof createHeartbeat> };

export function tabletHeartbeat() {
  holder.orderboardHeartbeat ??= createHeartbeat();
  return holder.orderboardHeartbeat;
}
