import { useSyncExternalStore } from "react";
import type { BoardData } from "./types";

/**
 * The last board a tablet showed, kept in its own storage so the board opens while the server is
 * unreachable (the service worker keeps the page, this keeps the orders). Shown only as what it is,
 * the board as it was at `savedAt`; dropped when someone signs out, after a day, and when the app
 * is updated (what another build kept may not fit this one).
 */
export type LastBoard = { savedAt: number; data: BoardData };

const PREFIX = "orderboard-last-board:";
const KEEP_MS = 24 * 60 * 60_000;
const BUILD = process.env.ORDERBOARD_BUILD ?? "development";

type Kept = LastBoard & { build: string };

export function rememberBoard(storeId: string, data: BoardData, now = Date.now()) {
  try {
    localStorage.setItem(PREFIX + storeId, JSON.stringify({ build: BUILD, savedAt: now, data } satisfies Kept));
  } catch {
    // Storage full or refused (private mode): the board works without its copy.
  }
}

function lastBoard(storeId: string, now = Date.now()): LastBoard | null {
  try {
    const kept = JSON.parse(localStorage.getItem(PREFIX + storeId) ?? "null") as Kept | null;
    if (!kept || kept.build !== BUILD || now - kept.savedAt > KEEP_MS || kept.data?.store?.id !== storeId) return null;
    return { savedAt: kept.savedAt, data: kept.data };
  } catch {
    return null;
  }
}

/** What this page load found kept, per store: read once, as a placeholder for the first read. */
const found = new Map<string, LastBoard | null>();
const unchanging = () => () => {};

/**
 * The kept board, read after hydration (the server never has one, and the page it rendered must be
 * hydrated as it was: a difference would make React render the whole page again).
 */
export function useLastBoard(storeId: string): LastBoard | null {
  return useSyncExternalStore(
    unchanging,
    () => {
      if (!found.has(storeId)) found.set(storeId, lastBoard(storeId));
      return found.get(storeId)!;
    },
    () => null,
  );
}

/** Forgets every board this tablet kept: on sign-out, so the next person sees only what the server shows them. */
export function forgetBoards() {
  found.clear();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing kept.
  }
}
