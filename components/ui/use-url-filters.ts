"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useMemo } from "react";

/** A page's filters by name: each a string from the URL, or absent. */
export type UrlFilters<K extends string> = Partial<Record<K, string>>;

/**
 * Filters that live in the page's URL (nuqs: the address is replaced, not pushed, without a
 * server round trip), so a view can be shared or reloaded as it is. An emptied filter leaves the URL.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const parsers = useMemo(() => Object.fromEntries(keys.map((key) => [key, parseAsString])) as Record<K, typeof parseAsString>, [keys]);
  const [values, setValues] = useQueryStates(parsers);
  const filters = useMemo(() => {
    const present: UrlFilters<K> = {};
    for (const key of keys) if (values[key]) present[key] = values[key];
    return present;
  }, [keys, values]);
  const update = (change: UrlFilters<K>) => {
    const next: Partial<Record<K, string | null>> = {};
    for (const key of Object.keys(change) as K[]) next[key] = change[key] || null;
    void setValues(next as Parameters<typeof setValues>[0]);
  };
  return [filters, update] as const;
}
