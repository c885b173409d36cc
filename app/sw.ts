/// <reference lib="webworker" />
import { CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type RuntimeCaching, type SerwistGlobalConfig } from "serwist";
import { BOARD_PAGES_CACHE, isBoardPage } from "@/components/pwa/board-pages";

/**
 * The tablet's service worker (bundled by app/serwist/[path]/route.ts at build time). It keeps the
 * app's scripts and styles and the last board pages opened, so a board opens while its server is
 * unreachable and says it is disconnected. Orders themselves are never read from here: the board
 * keeps its own last copy (components/board/last-board.ts) and marks it as such.
 */
declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const boardPages: RuntimeCaching = {
  matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && isBoardPage(url) && !request.headers.has("rsc"),
  handler: new NetworkFirst({
    cacheName: BOARD_PAGES_CACHE,
    // A server that is up but stalled must not keep a tablet on a blank screen for long.
    networkTimeoutSeconds: 10,
    // Next varies pages on its router headers; the page a tablet reloads is the same document.
    matchOptions: { ignoreVary: true, ignoreSearch: true },
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 4 })],
  }),
};

/** Any other page the tablet cannot reach (the home screen's "/", sign-in) sends it to the last board it showed. */
const otherPages: RuntimeCaching = {
  matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
  handler: new NetworkOnly({
    plugins: [
      {
        handlerDidError: async () => {
          const last = (await (await caches.open(BOARD_PAGES_CACHE)).keys()).at(-1);
          return last ? Response.redirect(last.url, 302) : undefined;
        },
      },
    ],
  }),
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new version waits until the page says the board is quiet (components/pwa/service-worker.tsx).
  skipWaiting: false,
  clientsClaim: true,
  precacheOptions: { cleanupOutdatedCaches: true },
  runtimeCaching: [boardPages, otherPages],
});

serwist.addEventListeners();
