import { EventEmitter, on } from "node:events";
import type { OrderEventRow } from "@/db/schema";
import type { OrderIssueRow } from "@/db/schema";
import type { OrderView } from "@/server/services/order-views";

/** What every board hears after a change commits: the event row, the order as it now stands, and the issue it concerns. */
export type OrderEventMessage = { event: OrderEventRow; order: OrderView; issue?: OrderIssueRow };

/** One interface, so a cross-process transport can replace the in-process one later. */
export type EventBus = {
  publish(message: OrderEventMessage): void;
  /** Starts listening at once (before any backlog query the caller runs next). */
  listen(signal: AbortSignal | undefined): AsyncIterable<OrderEventMessage>;
};

function inProcessBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (message) => emitter.emit("order-event", message),
    listen(signal) {
      // `on` attaches its listener now, not at the first next(): events published from here on are buffered.
      const events = on(emitter, "order-event", { signal });
      return (async function* () {
        for await (const [message] of events) yield message as OrderEventMessage;
      })();
    },
  };
}

// Shared through globalThis: Next bundles each route separately, and they must all hear one bus.
const holder = globalThis as unknown as { orderboardBus?: EventBus };

export function eventBus(): EventBus {
  holder.orderboardBus ??= inProcessBus();
  return holder.orderboardBus;
}
