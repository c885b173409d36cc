import { eventBus, type OrderEventMessage, type StoreEventMessage } from "@/server/events/bus";

/** Every message the boards are told from now until `stop`: orders' events in `seen`, stores' own in `storeSeen`. */
export function collectPublished() {
  const controller = new AbortController();
  const seen: OrderEventMessage[] = [];
  const storeSeen: StoreEventMessage[] = [];
  void (async () => {
    for await (const message of eventBus().listen(controller.signal)) {
      if ("order" in message) seen.push(message);
      else storeSeen.push(message);
    }
  })().catch(() => {});
  return { seen, storeSeen, stop: () => controller.abort() };
}
