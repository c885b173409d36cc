import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { FeedMessage } from "@/server/events/bus";

/**
 * Whether the board is hearing its server. `live` only while frames (events or the server's pings,
 * every 5 s) keep arriving; `disconnected` from then on, however the connection failed.
 */
export type FeedStatus = { state: "connecting" | "live" | "disconnected"; lastHeardAt: number | null };

/** Two ping intervals and a little more without a frame: the connection is dead, whatever the socket says. */
export const SILENCE_MS = 12_000;
const FIRST_RETRY_MS = 1_000;
/** A store has a handful of tablets: trying every few seconds costs nothing, and the board is back within seconds of the server. */
const LONGEST_RETRY_MS = 3_000;

/** The wait before reconnect attempt `attempt` (0 = the first): 1 s, 2 s, then every 3 s, ±20 % so tablets do not stampede. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt) * (0.8 + 0.4 * random()));
}

type Handlers = {
  /** The server said hello again after a gap; `newServer` when another server process answers than before. */
  onRejoin: (newServer: boolean) => void;
  /** An order's event, or the store's own (a pause, an 86). */
  onEvent: (id: number, message: FeedMessage) => void;
};

type Options = {
  /** The event id the board was read at: the feed starts after it (null until the board is read). */
  startAfter: number | null;
  /** False while the tablet itself is offline: the feed stays closed. */
  online: boolean;
};

/**
 * A store's live feed (`/api/stores/:id/events`), kept open by the board itself: a failed or silent
 * connection is closed and reopened with backoff, resuming after the last event it delivered.
 */
export function useStoreEvents(storeId: string, { startAfter, online }: Options, handlers: Handlers): FeedStatus {
  const [status, setStatus] = useState<FeedStatus>({ state: "connecting", lastHeardAt: null });
  const rejoin = useEffectEvent((newServer: boolean) => handlers.onRejoin(newServer));
  const received = useEffectEvent((id: number, message: FeedMessage) => handlers.onEvent(id, message));
  // Kept across reconnects and offline spells: where to resume, which server spoke last, whether there was a gap.
  const memory = useRef<{ storeId: string; lastId: number; bootId: string | null; gap: boolean } | null>(null);
  const ready = startAfter !== null;

  useEffect(() => {
    if (startAfter === null) return;
    if (memory.current?.storeId !== storeId) memory.current = { storeId, lastId: startAfter, bootId: null, gap: false };
    const known = memory.current;
    if (!online) {
      known.gap = true;
      return;
    }
    let source: EventSource | null = null;
    let silence: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;

    const lose = () => {
      source?.close();
      source = null;
      clearTimeout(silence);
      known.gap = true;
      setStatus((current) => ({ ...current, state: "disconnected" }));
      clearTimeout(retry);
      retry = setTimeout(connect, reconnectDelayMs(attempt++));
    };
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(lose, SILENCE_MS);
      setStatus({ state: "live", lastHeardAt: Date.now() });
    };
    function connect() {
      source = new EventSource(`/api/stores/${encodeURIComponent(storeId)}/events?after=${known.lastId}`);
      // The browser's own reconnect would hide a failure behind its retries: every failure goes through lose().
      source.onerror = lose;
      source.addEventListener("hello", (event) => {
        const { bootId } = JSON.parse((event as MessageEvent<string>).data) as { bootId: string };
        heard();
        attempt = 0;
        const newServer = known.bootId !== null && known.bootId !== bootId;
        if (known.gap || newServer) rejoin(newServer);
        known.gap = false;
        known.bootId = bootId;
      });
      source.addEventListener("ping", heard);
      const onFrame = (event: Event) => {
        heard();
        known.lastId = Number((event as MessageEvent<string>).lastEventId);
        received(known.lastId, JSON.parse((event as MessageEvent<string>).data) as FeedMessage);
      };
      source.addEventListener("order", onFrame);
      source.addEventListener("store", onFrame);
      silence = setTimeout(lose, SILENCE_MS);
    }
    connect();
    return () => {
      clearTimeout(silence);
      clearTimeout(retry);
      source?.close();
    };
    // startAfter matters only once: later reads of the board must not restart the feed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storeId, ready, online]);

  return online ? status : { ...status, state: "disconnected" };
}
