import { useRouter } from "next/navigation";
import { useState } from "react";

/** Filters that live in the page's URL, so a view can be shared or reloaded as it is. */
export function useUrlFilters<T extends Record<string, string | undefined>>(path: string, initial: T) {
  const router = useRouter();
  const [filters, setFilters] = useState<T>(initial);
  function update(change: Partial<T>) {
    const next = { ...filters, ...change };
    setFilters(next);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
    router.replace(`${path}${params.size ? `?${params}` : ""}`, { scroll: false });
  }
  return [filters, update] as const;
}
