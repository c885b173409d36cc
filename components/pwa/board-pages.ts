/** The cache the service worker keeps the last board pages in (app/sw.ts), cleared when someone signs out. */
export const BOARD_PAGES_CACHE = "board-pages";

/** A store's board, `/stores/{storeId}`: the one page a tablet must open while its server is unreachable. */
export const isBoardPage = (url: URL) => /^\/stores\/[^/]+\/?$/.test(url.pathname);

/** Forgets the board pages the service worker kept: on sign-out, with the board's own copy. */
export async function forgetBoardPages() {
  if (typeof caches !== "undefined") await caches.delete(BOARD_PAGES_CACHE).catch(() => false);
}
