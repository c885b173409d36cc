import { getDb } from "@/db/client";
import { frameOf, storeFeed, type Frame } from "@/server/events/store-feed";
import { requireStaffOf } from "@/server/http/session";
import { HttpError, respond } from "@/server/rest/respond";
import { allEventsSince } from "@/server/services/events-since";
import { latestEventId } from "@/server/services/latest-event-id";
import { getStore } from "@/server/services/list-stores";

export const dynamic = "force-dynamic";

const encoder = new TextEncoder();
/** How long a browser waits before reconnecting after a drop. */
const RETRY_MS = 2_000;
/** A ping this often lets the board notice a connection that died without closing. */
const PING_MS = 5_000;
const PING = encoder.encode("event: ping\ndata: {}\n\n");

/** Where the stream starts: the browser's Last-Event-ID on a reconnect, else `?after=`, else now. */
function resumePoint(request: Request, storeId: string): number {
  const given = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  if (given === null) return latestEventId(getDb(), storeId);
  if (!/^\d{1,15}$/.test(given)) throw new HttpError(400, "INVALID_INPUT", "The resume point must be an event id");
  return Number(given);
}

/**
 * A board's live feed as server-sent events: what it missed after its resume point, then every new
 * event of its store, each as the frame the store feed encoded once for every board.
 */
export function GET(request: Request, { params }: { params: Promise<{ storeId: string }> }) {
  return respond(async () => {
    const storeId = getStore(decodeURIComponent((await params).storeId)).id;
    requireStaffOf(request, storeId);
    const after = resumePoint(request, storeId);
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let cursor = after;
        let caughtUp = false;
        const early: Frame[] = [];
        const send = (frame: Frame) => {
          if (frame.id <= cursor) return;
          cursor = frame.id;
          controller.enqueue(frame.bytes);
        };
        // Listen before reading the backlog, so nothing committed in between is missed; the cursor drops repeats.
        const unsubscribe = storeFeed().subscribe(storeId, (frame) => (caughtUp ? send(frame) : early.push(frame)));
        controller.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
        for (const message of allEventsSince(storeId, after)) send(frameOf(message));
        caughtUp = true;
        early.forEach(send);
        const ping = setInterval(() => controller.enqueue(PING), PING_MS);
        stop = () => {
          clearInterval(ping);
          unsubscribe();
        };
        request.signal.addEventListener("abort", () => {
          stop();
          try {
            controller.close();
          } catch {
            // Already closed by the client going away.
          }
        });
      },
      cancel: () => stop(),
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
    });
  });
}
