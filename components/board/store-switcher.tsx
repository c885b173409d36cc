"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc/react";

/** Shown only when there is more than one store to switch between. */
export function StoreSwitcher({ storeId }: { storeId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const stores = useQuery(trpc.stores.list.queryOptions());
  if (!stores.data || stores.data.length < 2) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      Store
      <select
        value={storeId}
        onChange={(event) => router.push(`/stores/${encodeURIComponent(event.target.value)}`)}
        className="min-h-11 rounded-lg border border-line bg-card px-2"
      >
        {stores.data.map((store) => (
          <option key={store.id} value={store.id}>
            {store.name}
          </option>
        ))}
      </select>
    </label>
  );
}
