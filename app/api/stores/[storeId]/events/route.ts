import { can } from "@/server/domain/access";
import { frameOf, storeFeed, type Frame } from "@/server/events/store-feed";
import { HttpError } from "@/server/http/http-error";
import { authorizeSession } from "@/server/http/session";
import { respond } from "@/server/rest/respond";
import { resumeCursor } from "@/server/services/event-cursors";
import { eventsSince } from "@/server/services/events-since";
import { livePrincipals } from "@/server/services/sessions";
import { tabletHeartbeat } from "@/server/services/tablet-heartbeat";

export const dynamic = "force-dynamic";

const encoder = new TextEncoder();
/** How long a browser waits before reconnecting after a drop. */
const RETRY_MS = 2_000;
/** Missed events are sent this many at a time, each page only once the board has taken the last. */
const BACKLOG_PAGE = 200;

// A stream ends within a check of its session ending (sign-out, deactivation, PIN reset, idle) or losing the store.
storeFeed().checkAccessWith(async (streams) => {
  const principals = await livePrincipals([...new Set(streams.map((stream) => stream.sessionId))]);
  return streams.filter((stream) => {
    const principal = principals.get(stream.sessionId);
    return !can(principal ?? null, "orders.read", stream.storeId);
  });
});

/** Where the stream starts: the browser's Last-Event-ID on a reconnect, else `?after=`, else now; never before the resume window. */
function resumePoint(request: Request, storeId: string): Promise<number> {
  const given = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  if (given !== null && !/^\d{1,15}$/.test(given)) throw new HttpError(400, "INVALID_INPUT", "The resume point must be an event id");
  return resumeCursor(storeId, given === null ? null : Number(given));
}

/**
 * A board's live feed as server-sent events: what it missed after its resume point, a page at a
 * time, then every new event of its store, each as the frame the store feed encoded once for every
 * board. The stream ends when the session that opened it does.
 */
export function GET(request: Request, { params }: { params: Promise<{ storeId: string }> }) {
  return respond(request, async () => {
    const storeId = decodeURIComponent((await params).storeId);
    const principal = await authorizeSession(request, "orders.read", { storeId });
    let cursor = await resumePoint(request, storeId);
    let caughtUp = false;
    let early: Frame[] = [];
    let remove = () => {};

    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          let open = true;
          const send = (bytes: Uint8Array) => {
            if (open) controller.enqueue(bytes);
          };
          const end = () => {
            if (!open) return;
            open = false;
            remove();
            try {
              controller.close();
            } catch {
              // Already closed by the client going away.
            }
          };
          const deliver = (frame: Frame) => {
            if (!caughtUp) return void early.push(frame);
            if (frame.id <= cursor) return;
            cursor = frame.id;
            send(frame.bytes);
          };
          // Listen before reading the backlog, so nothing committed in between is missed; the cursor drops repeats.
          remove = storeFeed().add({ storeId, sessionId: principal.sessionId, deliver, send, end });
          // A store paused for want of a board resumes within moments of this one.
          void tabletHeartbeat().boardJoined(storeId);
          request.signal.addEventListener("abort", end);
          send(encoder.encode(`retry: ${RETRY_MS}\n\n`));
          send(storeFeed().hello());
        },
        async pull(controller) {
          if (caughtUp) return;
          const page = await eventsSince(storeId, cursor, BACKLOG_PAGE);
          for (const message of page) {
            cursor = message.event.id;
            controller.enqueue(frameOf(message).bytes);
          }
          if (page.length < BACKLOG_PAGE) {
            caughtUp = true;
            const waiting = early;
            early = [];
            for (const frame of waiting) {
              if (frame.id <= cursor) continue;
              cursor = frame.id;
              controller.enqueue(frame.bytes);
            }
          }
        },
        cancel: () => remove(),
      },
      { highWaterMark: 1 },
    );
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", "x-accel-buffering": "no" },
    });
  });
}
