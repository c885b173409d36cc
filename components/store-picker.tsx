"use client";

import { useStores } from "@/components/ui/use-stores";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** The first screen: with one store it goes straight to its board; with several, the staff choose. */
export function StorePicker() {
  const router = useRouter();
  const stores = useStores();
  const only = stores.data?.length === 1 ? stores.data[0] : undefined;
  useEffect(() => {
    if (only) router.replace(`/stores/${encodeURIComponent(only.id)}`);
  }, [only, router]);

  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-3xl font-bold">Orderboard</h1>
      <h2 className="mt-6 text-xl font-semibold">Choose a store</h2>
      {stores.isPending && <p className="mt-4">Loading stores…</p>}
      {stores.isError && <p role="alert">The stores could not be loaded: {stores.error.message}</p>}
      {stores.data?.length === 0 && <p className="mt-4">There are no stores yet. Run the setup to create the demo stores.</p>}
      <ul className="mt-4 grid gap-3">
        {stores.data?.map((store) => (
          <li key={store.id}>
            <Link
              href={`/stores/${encodeURIComponent(store.id)}`}
              className="flex min-h-14 items-center justify-between rounded-xl border border-line bg-panel px-5 text-lg font-semibold"
            >
              {store.name}
              <span className="text-sm font-normal text-muted">{store.timezone}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
