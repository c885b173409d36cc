import { randomUUID } from "node:crypto";
import { eventBus, type FeedMessage } from "./bus";
import { log } from "@/server/log/logger";

/** One event as a server-sent-events frame, encoded once: its id is the board's resume cursor. */
export type Frame = { id: number; bytes: Uint8Array };

/** One open board: where its frames go, and who opened it, so it can be ended when they may no longer see the store. */
export type FeedStream = { storeId: string; sessionId: string; deliver: (frame: Frame) => void; send: (bytes: Uint8Array) => void; end: () => void };

/** Which open streams must end: their session ended, or no longer reaches their store. */
export type AccessCheck = (streams: FeedStream[]) => Promise<FeedStream[]>;

const encoder = new TextEncoder();
/** A ping this often lets a board notice a connection that died without closing. */
export const PING_MS = 5_000;
/** Sessions behind open streams are checked this often, so a signed-out tablet stops hearing within seconds. */
export const ACCESS_CHECK_MS = 2_000;
const PING = encoder.encode("event: ping\ndata: {}\n\n");

/** An order's event is an `order` frame; a store's own (a pause, an 86) a `store` frame. */
export function frameOf(message: FeedMessage): Frame {
  const kind = "order" in message ? "order" : "store";
  return { id: message.event.id, bytes: encoder.encode(`id: ${message.event.id}\nevent: ${kind}\ndata: ${JSON.stringify(message)}\n\n`) };
}

/**
 * Fans each event out to the open boards of its store: one bus listener for the process, each
 * event serialized and encoded once, the same bytes handed to every stream; one ping timer and one
 * access check for all of them.
 */
function createStoreFeed() {
  /** Names this server process: a board that hears a new one knows it may have missed what happened in between. */
  const bootId = randomUUID();
  const byStore = new Map<string, Set<FeedStream>>();
  let listening = false;
  let timers: ReturnType<typeof setInterval>[] = [];
  let accessCheck: AccessCheck = async () => [];

  const everyStream = () => [...byStore.values()].flatMap((streams) => [...streams]);

  function listen() {
    if (listening) return;
    listening = true;
    void (async () => {
      for await (const message of eventBus().listen(undefined)) {
        const boards = byStore.get(message.event.storeId);
        if (!boards?.size) continue;
        const frame = frameOf(message);
        for (const board of boards) board.deliver(frame);
      }
    })();
  }

  async function checkAccess() {
    const streams = everyStream();
    if (streams.length === 0) return;
    try {
      for (const stream of await accessCheck(streams)) stream.end();
    } catch (error) {
      log.error({ err: error }, "Live feed access check failed");
    }
  }

  function startTimers() {
    if (timers.length > 0) return;
    timers = [
      setInterval(() => everyStream().forEach((stream) => stream.send(PING)), PING_MS),
      setInterval(checkAccess, ACCESS_CHECK_MS),
    ];
    for (const timer of timers) timer.unref?.();
  }

  function remove(stream: FeedStream) {
    const boards = byStore.get(stream.storeId);
    boards?.delete(stream);
    if (boards?.size === 0) byStore.delete(stream.storeId);
    if (byStore.size === 0) {
      timers.forEach(clearInterval);
      timers = [];
    }
  }

  return {
    bootId,
    /** The first frame of every stream: which server process is speaking. */
    hello: () => encoder.encode(`event: hello\ndata: ${JSON.stringify({ bootId })}\n\n`),
    /** Ends every open stream (the server is shutting down), so each board reconnects at once, elsewhere or to the next process. */
    endAll() {
      for (const stream of everyStream()) stream.end();
    },
    /** Starts delivering the store's frames to the stream at once; the returned function stops it. */
    add(stream: FeedStream): () => void {
      listen();
      startTimers();
      const boards = byStore.get(stream.storeId) ?? new Set<FeedStream>();
      byStore.set(stream.storeId, boards.add(stream));
      return () => remove(stream);
    },
    /** How open streams are judged at each check (set by the layer that knows about sessions). */
    checkAccessWith(check: AccessCheck) {
      accessCheck = check;
    },
    /** Runs the access check now rather than at the next tick. */
    checkAccess,
    /** The stores this process has boards of open now (the tablet heartbeat). */
    watchedStores: () => [...byStore.keys()],
    /** Open streams per store, for tests and diagnostics. */
    openStreams: (storeId: string) => byStore.get(storeId)?.size ?? 0,
  };
}

// Shared through globalThis, like the bus: every route bundle must reach the same streams.
const holder = globalThis as unknown as { orderboardStoreFeed?: ReturnType<typeof createStoreFeed> };

export function storeFeed() {
  holder.orderboardStoreFeed ??= createStoreFeed();
  return holder.orderboardStoreFeed;
}
