"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { LanguagePicker } from "@/components/ui/language-picker";
import { rememberStore, useRememberedStore } from "./remembered-store";
import { SignInPanel } from "./sign-in-panel";
import { Button } from "@/components/ui/button";

/** The shared tablet's front door: the store (remembered), then the person, then the PIN. */
export function SignInScreen({ initialStoreId, next }: { initialStoreId: string | null; next: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations("signIn");
  const router = useRouter();
  const remembered = useRememberedStore();
  const [picking, setPicking] = useState(false);
  const [chosen, setChosen] = useState(initialStoreId);
  const stores = useQuery(trpc.auth.stores.queryOptions());
  const store = picking ? undefined : stores.data?.find((candidate) => candidate.id === (chosen ?? remembered));

  return (
    <main className="mx-auto max-w-2xl p-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Orderboard</h1>
        <LanguagePicker />
      </header>
      {!store ? (
        <section aria-label={t("chooseStore")} className="mt-6">
          <h2 className="mb-3 text-xl font-semibold">{t("whichStore")}</h2>
          {stores.isPending && <p>{t("loadingStores")}</p>}
          {stores.isError && <p role="alert">{stores.error.message}</p>}
          <ul className="grid gap-3">
            {stores.data?.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  className="min-h-14 w-full rounded-xl border border-line bg-panel px-5 text-left text-lg font-semibold"
                  onClick={() => {
                    rememberStore(candidate.id);
                    setChosen(candidate.id);
                    setPicking(false);
                  }}
                >
                  {candidate.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-label={t("signInAt", { store: store.name })} className="mt-6">
          <p className="mb-4 flex items-center justify-between gap-3">
            <span className="text-lg">
              {t.rich("signingInAt", { store: store.name, strong: (chunks) => <strong>{chunks}</strong> })}
            </span>
            <Button onClick={() => setPicking(true)}>
              {t("changeStore")}
            </Button>
          </p>
          <SignInPanel
            storeId={store.id}
            onSignedIn={() => {
              rememberStore(store.id);
              router.replace(next ?? `/stores/${encodeURIComponent(store.id)}`);
            }}
          />
        </section>
      )}
    </main>
  );
}
