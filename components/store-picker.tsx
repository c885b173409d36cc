"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { AppHeader } from "@/components/nav/app-header";
import { useStores } from "@/components/ui/use-stores";

/** The first screen: with one store it goes straight to its board; with several, the staff choose. */
export function StorePicker() {
  const router = useRouter();
  const t = useTranslations("storePicker");
  const stores = useStores();
  const only = stores.data?.length === 1 ? stores.data[0] : undefined;
  useEffect(() => {
    if (only) router.replace(`/stores/${encodeURIComponent(only.id)}`);
  }, [only, router]);

  return (
    <>
      <AppHeader languages />
      <main className="mx-auto max-w-2xl p-8">
        <h1 className="text-2xl font-bold">{t("choose")}</h1>
        {stores.isPending && <p className="mt-4">{t("loading")}</p>}
        {stores.isError && <p role="alert">{t("failed", { message: stores.error.message })}</p>}
        {stores.data?.length === 0 && <p className="mt-4">{t("none")}</p>}
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
    </>
  );
}
