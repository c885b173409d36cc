import { useSyncExternalStore } from "react";

const KEY = "orderboard-store";
const listeners = new Set<() => void>();

/** The store this tablet stands in, remembered across sign-ins and reloads. */
export function useRememberedStore(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => localStorage.getItem(KEY),
    () => null,
  );
}

export function rememberStore(storeId: string) {
  localStorage.setItem(KEY, storeId);
  listeners.forEach((listener) => listener());
}
