import http from "node:http";
import type { BlockList } from "node:net";
import { isDraining } from "@/server/services/readiness";
import { stampClientAddress, trustedProxies } from "./client-address";

/** A route answered by the process itself, before Next: true when the request was its to answer. */
export type FrontDoorRoute = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;

type Settings = { trusted: BlockList; routes: FrontDoorRoute[] };

// Shared through globalThis: installed once per process, whichever bundle installs it.
const shared = globalThis as unknown as { orderboardFrontDoor?: Settings };

/**
 * Every request the process's HTTP servers receive passes here first: it is stamped with its
 * client's address, then offered to our own routes, and only the ones none of them takes reach
 * Next. The live feed is such a route: thousands of streams held open through Next's request
 * pipeline cost several times the memory and latency of plain node:http ones.
 * Installing again replaces the settings (the tests change the trusted proxies).
 */
export function installFrontDoor({ trusted = trustedProxies(), routes = [] }: Partial<Settings> = {}) {
  if (shared.orderboardFrontDoor) {
    Object.assign(shared.orderboardFrontDoor, { trusted, routes });
    return;
  }
  const settings: Settings = { trusted, routes };
  shared.orderboardFrontDoor = settings;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      stampClientAddress(request, settings.trusted);
      // Shutting down: each answer closes its connection, so no kept-alive one (a tablet's) holds the process open.
      if (isDraining()) response.shouldKeepAlive = false;
      if (settings.routes.some((route) => route(request, response))) return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
