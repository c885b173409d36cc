"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** Chromium's offer to install the app (not in TypeScript's DOM types). */
type InstallOffer = Event & { prompt: () => Promise<unknown> };

/** "Install on this tablet", shown only while the browser offers to install the app. */
export function InstallHint({ className }: { className: string }) {
  const [offer, setOffer] = useState<InstallOffer | null>(null);
  const t = useTranslations("common");
  useEffect(() => {
    const keep = (event: Event) => {
      // Keeps the browser's own banner away: the offer is made here, when someone asks.
      event.preventDefault();
      setOffer(event as InstallOffer);
    };
    const installed = () => setOffer(null);
    window.addEventListener("beforeinstallprompt", keep);
    window.addEventListener("appinstalled", installed);
    return () => {
      window.removeEventListener("beforeinstallprompt", keep);
      window.removeEventListener("appinstalled", installed);
    };
  }, []);
  if (!offer) return null;
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        void offer.prompt();
        setOffer(null);
      }}
    >
      {t("install")}
    </button>
  );
}
