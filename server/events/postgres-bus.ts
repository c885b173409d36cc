import "server-only";
import { max, sql } from "drizzle-orm";
import pg from "pg";
import { getDb } from "@/db/client";
import { runStatement } from "@/db/dialect";
import { orderEvents } from "@/db/schema";
import { log } from "@/server/log/logger";
import { eventsSince } from "@/server/services/events-since";
import type { FeedMessage } from "./bus";

const CHANNEL = "orderboard_events";
/** Also read what was committed every so often, in case a notification was lost with a connection. */
const CATCH_UP_MS = 5_000;
const RECONNECT_MS = 1_000;
const PAGE = 500;

/**
 * Live events across instances on PostgreSQL's LISTEN/NOTIFY. A change's instance sends only the
 * event id; every instance (itself included) then reads the events after the last one it handed
 * on, in id order, and hands them to `deliver`. Writers commit in id order (the writer lock), so a
 * board on any instance hears every event once and in order, with the same ids everywhere.
 */
export function postgresTransport(url: string, deliver: (message: FeedMessage) => void) {
  /** This instance's own messages, handed on from memory when their turn comes. */
  const own = new Map<number, FeedMessage>();
  let cursor: number | null = null;
  let queue: Promise<void> = Promise.resolve();
  let client: pg.Client | null = null;
  let stopped = false;

  /** The events up to `id` that this instance committed itself, when no other came in between (no read needed). */
  function ownUpTo(id: number): FeedMessage[] | null {
    if (cursor === null || id <= cursor) return null;
    const messages: FeedMessage[] = [];
    for (let next = cursor + 1; next <= id; next++) {
      const message = own.get(next);
      if (!message) return null;
      messages.push(message);
    }
    return messages;
  }

  async function catchUp(upTo?: number) {
    if (cursor === null) return;
    const mine = upTo === undefined ? null : ownUpTo(upTo);
    if (mine) {
      for (const message of mine) {
        deliver(message);
        own.delete(message.event.id);
        cursor = message.event.id;
      }
      return;
    }
    for (;;) {
      const page = await eventsSince(null, cursor, PAGE);
      for (const message of page) {
        const id = message.event.id;
        deliver(own.get(id) ?? message);
        own.delete(id);
        cursor = id;
      }
      if (page.length < PAGE) return;
    }
  }

  function schedule(upTo?: number) {
    queue = queue.then(() => catchUp(upTo)).catch((error: unknown) => log.error({ err: error }, "Reading events from other instances failed"));
    return queue;
  }

  async function connect() {
    if (stopped) return;
    const listener = new pg.Client({ connectionString: url });
    listener.on("notification", (notification) => void schedule(Number(notification.payload)));
    listener.on("error", (error) => {
      log.warn({ err: error }, "Event listener lost its connection; reconnecting");
      void listener.end().catch(() => undefined);
      if (client === listener) client = null;
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    });
    try {
      await listener.connect();
      await listener.query(`listen ${CHANNEL}`);
      client = listener;
      // Listening first, then reading where to start: nothing committed after is missed, and this
      // instance's own events committed before are handed on from memory.
      if (cursor === null) {
        const latest = (await getDb().select({ id: max(orderEvents.id) }).from(orderEvents))[0]?.id ?? 0;
        cursor = Math.min(latest, ...[...own.keys()].map((id) => id - 1));
      }
      await schedule();
    } catch (error) {
      log.warn({ err: error }, "Event listener cannot connect; retrying");
      void listener.end().catch(() => undefined);
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    }
  }

  const ready = connect();
  const timer = setInterval(() => void schedule(), CATCH_UP_MS);
  timer.unref();

  return {
    ready,
    /** After commit: tell every instance (this one too) that there is news up to this id. */
    publish(message: FeedMessage) {
      own.set(message.event.id, message);
      runStatement(sql`select pg_notify(${CHANNEL}, ${String(message.event.id)})`).catch((error: unknown) =>
        log.warn({ err: error }, "Could not notify other instances; they will read the event at their next catch-up"),
      );
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
