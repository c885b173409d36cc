import { useEffect } from "react";

/**
 * Keeps the tablet's screen on while the board is open: a screen that sleeps shows no new order.
 * Browsers release the lock when the tab is hidden, so it is taken again whenever the tab shows.
 */
export function useWakeLock() {
  useEffect(() => {
    if (!("wakeLock" in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let released = false;
    const acquire = async () => {
      if (document.visibilityState !== "visible" || (lock && !lock.released)) return;
      try {
        lock = await navigator.wakeLock.request("screen");
        if (released) void lock.release();
      } catch {
        // Refused (battery saver, no user gesture yet): the next visibility change tries again.
      }
    };
    void acquire();
    document.addEventListener("visibilitychange", acquire);
    document.addEventListener("pointerdown", acquire);
    return () => {
      released = true;
      document.removeEventListener("visibilitychange", acquire);
      document.removeEventListener("pointerdown", acquire);
      void lock?.release();
    };
  }, []);
}
