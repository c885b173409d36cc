"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Serwist } from "@serwist/window";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

const SW_URL = "/serwist/sw.js";
/** How often a waiting update looks again for a quiet moment. */
const QUIET_CHECK_MS = 5_000;

/** Nobody is in the middle of something: no dialog open (an order, a reason, a PIN) and no action on its way. */
const isQuiet = (mutating: number) => mutating === 0 && document.querySelector('[role="dialog"], [role="alertdialog"]') === null;

/**
 * Registers the service worker (app/sw.ts) in production, asks it to keep each page opened (it keeps
 * only boards), and takes a new version only at a quiet moment, reloading the page once it controls it.
 */
export function ServiceWorker() {
  const [serwist] = useState(() => (process.env.NODE_ENV === "production" && typeof navigator !== "undefined" && "serviceWorker" in navigator ? new Serwist(SW_URL, { scope: "/", type: "module" }) : null));
  const [waiting, setWaiting] = useState(false);
  const queryClient = useQueryClient();
  const pathname = usePathname();

  useEffect(() => {
    if (!serwist) return;
    const onWaiting = () => setWaiting(true);
    const onControlling = (event: { isUpdate?: boolean }) => {
      if (event.isUpdate) window.location.reload();
    };
    serwist.addEventListener("waiting", onWaiting);
    serwist.addEventListener("controlling", onControlling);
    // Refused where service workers are blocked (some kiosks, tests): the app works without one.
    serwist.register().catch(() => undefined);
    return () => {
      serwist.removeEventListener("waiting", onWaiting);
      serwist.removeEventListener("controlling", onControlling);
    };
  }, [serwist]);

  useEffect(() => {
    if (!serwist) return;
    let stopped = false;
    void serwist.active.then(() => {
      if (!stopped) serwist.messageSW({ type: "CACHE_URLS", payload: { urlsToCache: [window.location.pathname] } }).catch(() => undefined);
    });
    return () => {
      stopped = true;
    };
  }, [serwist, pathname]);

  useEffect(() => {
    if (!serwist || !waiting) return;
    const takeWhenQuiet = () => {
      if (isQuiet(queryClient.isMutating())) serwist.messageSkipWaiting();
    };
    const timer = setInterval(takeWhenQuiet, QUIET_CHECK_MS);
    return () => clearInterval(timer);
  }, [serwist, waiting, queryClient]);

  return null;
}
