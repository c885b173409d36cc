"use client";

import { useEffect } from "react";

/**
 * Keeps a shared tablet on this page when a back gesture or button is used by accident: one extra
 * history entry for this same page, put back each time it is used. Links still leave the page.
 */
export function useStayOnPage() {
  useEffect(() => {
    const stay = () => window.history.pushState(window.history.state, "", window.location.href);
    stay();
    window.addEventListener("popstate", stay);
    return () => window.removeEventListener("popstate", stay);
  }, []);
}
