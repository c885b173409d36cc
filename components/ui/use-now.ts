import { useSyncExternalStore } from "react";

/** One timer per tick length for the whole page, however many components follow it. */
const clocks = new Map<number, { listeners: Set<() => void>; timer: ReturnType<typeof setInterval> | null }>();

function subscribeEvery(tickMs: number) {
  return (onTick: () => void) => {
    let clock = clocks.get(tickMs);
    if (!clock) clocks.set(tickMs, (clock = { listeners: new Set(), timer: null }));
    const shared = clock;
    shared.listeners.add(onTick);
    shared.timer ??= setInterval(() => shared.listeners.forEach((listener) => listener()), tickMs);
    return () => {
      shared.listeners.delete(onTick);
      if (shared.listeners.size === 0 && shared.timer) {
        clearInterval(shared.timer);
        shared.timer = null;
      }
    };
  };
}

const subscribers = new Map<number, ReturnType<typeof subscribeEvery>>();

/** The current time, re-rendering every `tickMs` (a few seconds is enough for ages in minutes). */
export function useNow(tickMs = 5_000): number {
  let subscribe = subscribers.get(tickMs);
  if (!subscribe) subscribers.set(tickMs, (subscribe = subscribeEvery(tickMs)));
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(Date.now() / tickMs) * tickMs,
    () => 0,
  );
}
