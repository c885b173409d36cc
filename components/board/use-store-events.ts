import { useEffect, useEffectEvent, useState } from "react";
import type { OrderEventMessage } from "@/server/events/bus";

export type StreamStatus = "idle" | "connecting" | "open" | "error";

/** No event and no ping for this long: the connection died without closing, so open a new one. */
const SILENCE_MS = 12_000;

/**
 * A store's live feed (`/api/stores/:id/events`) from `after` on. The browser reconnects by itself
 * with the last id it saw; a feed gone silent is reopened from that id too. `after: null` keeps it closed.
 */
export function useStoreEvents(
  storeId: string,
  after: number | null,
  handlers: { onOpen: () => void; onEvent: (id: number, message: OrderEventMessage) => void },
): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>("idle");
  const opened = useEffectEvent(() => handlers.onOpen());
  const received = useEffectEvent((id: number, message: OrderEventMessage) => handlers.onEvent(id, message));

  useEffect(() => {
    if (after === null) return;
    let last = after;
    let source: EventSource | null = null;
    let silence: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(connect, SILENCE_MS);
    };
    function connect() {
      source?.close();
      setStatus("connecting");
      source = new EventSource(`/api/stores/${encodeURIComponent(storeId)}/events?after=${last}`);
      source.onopen = () => {
        setStatus("open");
        heard();
        opened();
      };
      source.onerror = () => setStatus(source?.readyState === EventSource.CLOSED ? "error" : "connecting");
      source.addEventListener("ping", heard);
      source.addEventListener("order", (event) => {
        heard();
        last = Number(event.lastEventId);
        received(last, JSON.parse(event.data) as OrderEventMessage);
      });
      heard();
    }
    connect();
    return () => {
      clearTimeout(silence);
      source?.close();
      setStatus("idle");
    };
  }, [storeId, after]);

  return status;
}
