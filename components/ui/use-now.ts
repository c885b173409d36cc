import { useSyncExternalStore } from "react";

const subscribers = new Map<number, (onTick: () => void) => () => void>();

function subscribeEvery(tickMs: number) {
  let subscribe = subscribers.get(tickMs);
  if (!subscribe) {
    subscribe = (onTick) => {
      const timer = setInterval(onTick, tickMs);
      return () => clearInterval(timer);
    };
    subscribers.set(tickMs, subscribe);
  }
  return subscribe;
}

/** The current time, re-rendering every `tickMs` (a few seconds is enough for ages in minutes). */
export function useNow(tickMs = 5_000): number {
  return useSyncExternalStore(
    subscribeEvery(tickMs),
    () => Math.floor(Date.now() / tickMs) * tickMs,
    () => 0,
  );
}
