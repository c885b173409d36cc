import { eventBus, type OrderEventMessage } from "./bus";

/** One event as a server-sent-events frame, encoded once: its id is the board's resume cursor. */
export type Frame = { id: number; bytes: Uint8Array };
type Subscriber = (frame: Frame) => void;

const encoder = new TextEncoder();

export function frameOf(message: OrderEventMessage): Frame {
  return { id: message.event.id, bytes: encoder.encode(`id: ${message.event.id}\nevent: order\ndata: ${JSON.stringify(message)}\n\n`) };
}

/**
 * Fans each event out to the open boards of its store: one bus listener for the process, each
 * event serialized and encoded once, the same bytes handed to every stream.
 */
function createStoreFeed() {
  const subscribers = new Map<string, Set<Subscriber>>();
  let listening = false;

  function listen() {
    if (listening) return;
    listening = true;
    void (async () => {
      for await (const message of eventBus().listen(undefined)) {
        const boards = subscribers.get(message.event.storeId);
        if (!boards?.size) continue;
        const frame = frameOf(message);
        for (const deliver of boards) deliver(frame);
      }
    })();
  }

  return {
    /** Starts delivering the store's frames at once; the returned function stops it. */
    subscribe(storeId: string, deliver: Subscriber): () => void {
      listen();
      const boards = subscribers.get(storeId) ?? new Set<Subscriber>();
      subscribers.set(storeId, boards.add(deliver));
      return () => {
        boards.delete(deliver);
        if (boards.size === 0) subscribers.delete(storeId);
      };
    },
    /** Open streams per store, for tests and diagnostics. */
    openStreams: (storeId: string) => subscribers.get(storeId)?.size ?? 0,
  };
}

// Shared through globalThis, like the bus: every route bundle must reach the same subscribers.
const holder = globalThis as unknown as { orderboardStoreFeed?: ReturnType<typeof createStoreFeed> };

export function storeFeed() {
  holder.orderboardStoreFeed ??= createStoreFeed();
  return holder.orderboardStoreFeed;
}
