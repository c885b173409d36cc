"use client";

import { useTranslations } from "next-intl";
import { useCallback, useSyncExternalStore } from "react";
import type { IncomingOrder } from "./column-order";

const KEY = "orderboard-incoming-order";
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const read = (): IncomingOrder => (localStorage.getItem(KEY) === "oldest" ? "oldest" : "newest");

/** Newest first unless the staff chose oldest first on this tablet, which it remembers. */
export function useIncomingOrder(): [IncomingOrder, (order: IncomingOrder) => void] {
  const order = useSyncExternalStore(subscribe, read, () => "newest" as const);
  const choose = useCallback((next: IncomingOrder) => {
    localStorage.setItem(KEY, next);
    listeners.forEach((listener) => listener());
  }, []);
  return [order, choose];
}

export function IncomingOrderToggle({ value, onChange }: { value: IncomingOrder; onChange: (order: IncomingOrder) => void }) {
  const next = value === "newest" ? "oldest" : "newest";
  const t = useTranslations("board");
  return (
    <button type="button" className="min-h-11 rounded-lg border border-line px-2 text-sm font-semibold whitespace-nowrap" aria-label={t("incomingOrder", { order: value })} onClick={() => onChange(next)}>
      {value === "newest" ? t("newestFirst") : t("oldestFirst")}
    </button>
  );
}
