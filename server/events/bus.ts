import { EventEmitter, on } from "node:events";
import { ENGINE } from "@/db/engine";
import type { OrderEventRow } from "@/db/schema";
import type { OrderIssueRow } from "@/db/schema";
import type { OrderView } from "@/server/services/order-views";
import type { StoreControls } from "@/server/services/store-controls";
import { postgresTransport } from "./postgres-bus";

/** What every board hears after a change commits: the event row, the order as it now stands, and the issue it concerns. */
export type OrderEventMessage = { event: OrderEventRow; order: OrderView; issue?: OrderIssueRow };
/** A store's own event (a pause, an 86): the row, and the store's controls as they now stand. */
export type StoreEventMessage = { event: OrderEventRow; controls: StoreControls };
export type FeedMessage = OrderEventMessage | StoreEventMessage;

export type EventBus = {
  publish(message: FeedMessage): void;
  /** Starts listening at once (before any backlog query the caller runs next). */
  listen(signal: AbortSignal | undefined): AsyncIterable<FeedMessage>;
  /** Stops hearing other instances (shutdown). */
  stop(): Promise<void>;
};

/**
 * The process's listeners hear every event through one emitter. With SQLite there is one process,
 * and a change is emitted as it commits; with PostgreSQL the events of every instance arrive
 * through LISTEN/NOTIFY, in id order, and are emitted from there.
 */
function createBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const emit = (message: FeedMessage) => emitter.emit("order-event", message);
  const shared = ENGINE === "postgres" ? postgresTransport(process.env.DATABASE_URL!, emit) : null;
  return {
    publish: (message) => (shared ? shared.publish(message) : emit(message)),
    listen(signal) {
      // `on` attaches its listener now, not at the first next(): events published from here on are buffered.
      const events = on(emitter, "order-event", { signal });
      return (async function* () {
        for await (const [message] of events) yield message as FeedMessage;
      })();
    },
    stop: async () => shared?.stop(),
  };
}

// Shared through globalThis: Next bundles each route separately, and they must all hear one bus.
const holder = globalThis as unknown as { orderboardBus?: EventBus };

export function eventBus(): EventBus {
  holder.orderboardBus ??= createBus();
  return holder.orderboardBus;
}

/** Stops the bus if anything started it (scripts and tests that must let the process end). */
export async function stopEventBus() {
  await holder.orderboardBus?.stop();
  delete holder.orderboardBus;
}
