"use client";

import { useTranslations } from "next-intl";
import { useStores } from "@/components/ui/use-stores";
import { useRouter } from "next/navigation";
import { InlineSelect } from "@/components/ui/field";

/** Shown only when there is more than one store to switch between. */
export function StoreSwitcher({ storeId }: { storeId: string }) {
  const router = useRouter();
  const stores = useStores();
  const t = useTranslations("board");
  if (!stores.data || stores.data.length < 2) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      {t("store")}
      <InlineSelect value={storeId} onChange={(event) => router.push(`/stores/${encodeURIComponent(event.target.value)}`)}>
        {stores.data.map((store) => (
          <option key={store.id} value={store.id}>
            {store.name}
          </option>
        ))}
      </InlineSelect>
    </label>
  );
}
