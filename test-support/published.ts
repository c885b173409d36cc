import { eventBus, type OrderEventMessage } from "@/server/events/bus";

/** Every message the boards are told from now until `stop`. */
export function collectPublished() {
  const controller = new AbortController();
  const seen: OrderEventMessage[] = [];
  void (async () => {
    for await (const message of eventBus().listen(controller.signal)) seen.push(message);
  })().catch(() => {});
  return { seen, stop: () => controller.abort() };
}
