import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino from "pino";
import type { RequestHead } from "@/server/http/api-request";

// Shared through globalThis: Next bundles each route apart, and a request must be known in all of them.
const holder = globalThis as unknown as { orderboardRequestScope?: AsyncLocalStorage<string> };
const scope = (holder.orderboardRequestScope ??= new AsyncLocalStorage<string>());

/**
 * One JSON line per event on stdout, for a log collector to read, naming the request it happened in
 * (no transport thread: a bundled server cannot start one). `LOG_LEVEL` sets how much.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { service: "orderboard", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin: () => {
    const requestId = scope.getStore();
    return requestId ? { request_id: requestId } : {};
  },
});

/** A load balancer's id for the request is kept when it is a plain token; otherwise the request gets one of its own. */
const PASSED_ID = /^[\w.:-]{1,64}$/;

/** The id of the request being answered, if any: in every log line, the `X-Request-Id` header and error bodies. */
export const currentRequestId = () => scope.getStore();

/** Runs the answering of a request under its id. */
export function inRequest<T>(request: RequestHead, run: () => T): T {
  const passed = request.headers.get("x-request-id");
  return scope.run(passed && PASSED_ID.test(passed) ? passed : randomUUID(), run);
}
