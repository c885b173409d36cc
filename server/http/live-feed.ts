import type { IncomingMessage, ServerResponse } from "node:http";
import { can } from "@/server/domain/access";
import { frameOf, storeFeed, type FeedStream, type Frame } from "@/server/events/store-feed";
import { currentRequestId, inRequest, log } from "@/server/log/logger";
import { toAnswer } from "@/server/rest/respond";
import { resumeCursor } from "@/server/services/event-cursors";
import { eventsSince } from "@/server/services/events-since";
import { isDraining } from "@/server/services/readiness";
import { livePrincipals } from "@/server/services/sessions";
import { tabletHeartbeat } from "@/server/services/tablet-heartbeat";
import { HttpError } from "./http-error";
import { authorizeSession } from "./session";
import { doorHeaders, writeAnswer } from "./answer-route";
import { fromNodeRequest, type RequestHead } from "./api-request";

/** The feed's address: `GET /api/stores/{storeId}/events`. */
const FEED_PATH = /^\/api\/stores\/([^/?]+)\/events(?:\?|$)/;
/** How long a browser waits before reconnecting after a drop. */
const RETRY = Buffer.from("retry: 2000\n\n");
/** Missed events are sent this many at a time, each page only once the board has taken the last. */
const BACKLOG_PAGE = 200;

// A stream ends within a check of its session ending (sign-out, deactivation, PIN reset, idle) or losing the store.
storeFeed().checkAccessWith(async (streams) => {
  const principals = await livePrincipals([...new Set(streams.map((stream) => stream.sessionId))]);
  return streams.filter((stream) => !can(principals.get(stream.sessionId) ?? null, "orders.read", stream.storeId));
});

/**
 * One open board. Frames that arrive while it is still being sent what it missed wait in `early`;
 * the cursor (the last id written) drops what the backlog already carried.
 */
class BoardStream implements FeedStream {
  private early: Frame[] | null = [];
  private leave = () => {};

  constructor(
    readonly storeId: string,
    readonly sessionId: string,
    private readonly response: ServerResponse,
    private cursor: number,
  ) {}

  /** Listens before reading the backlog, so nothing committed in between is missed. */
  async open() {
    this.leave = storeFeed().add(this);
    this.response.once("close", () => this.leave());
    this.send(RETRY);
    this.send(storeFeed().hello());
    // A store paused for want of a board resumes within moments of this one.
    void tabletHeartbeat().boardJoined(this.storeId);
    for (let page = await this.backlog(); page === BACKLOG_PAGE; page = await this.backlog()) {
      if (!(await this.drained())) return;
    }
    const waiting = this.early ?? [];
    this.early = null;
    for (const frame of waiting) this.deliver(frame);
  }

  private async backlog(): Promise<number> {
    const page = await eventsSince(this.storeId, this.cursor, BACKLOG_PAGE);
    for (const message of page) {
      this.cursor = message.event.id;
      this.send(frameOf(message).bytes);
    }
    return page.length;
  }

  /** True once the board has taken what was written; false if it went away first. */
  private drained(): Promise<boolean> {
    const response = this.response;
    if (!response.writableNeedDrain) return Promise.resolve(!response.destroyed);
    return new Promise((resolve) => {
      const settle = () => {
        response.off("drain", settle).off("close", settle);
        resolve(!response.destroyed);
      };
      response.on("drain", settle).on("close", settle);
    });
  }

  deliver(frame: Frame) {
    if (this.early) return void this.early.push(frame);
    if (frame.id <= this.cursor) return;
    this.cursor = frame.id;
    this.send(frame.bytes);
  }

  send(bytes: Uint8Array) {
    if (!this.response.writableEnded && !this.response.destroyed) this.response.write(bytes);
  }

  end() {
    if (!this.response.writableEnded) this.response.end();
  }
}

/** Where the stream starts: the browser's Last-Event-ID on a reconnect, else `?after=`, else now; never before the resume window. */
function resumePoint(request: RequestHead, storeId: string): Promise<number> {
  const given = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  if (given !== null && !/^\d{1,15}$/.test(given)) throw new HttpError(400, "INVALID_INPUT", "The resume point must be an event id");
  return resumeCursor(storeId, given === null ? null : Number(given));
}

function storeIdOf(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new HttpError(400, "INVALID_INPUT", "The store id in the address is not valid");
  }
}

async function serve(request: IncomingMessage, response: ServerResponse, path: string) {
  const head = fromNodeRequest(request);
  await inRequest(head, async () => {
    const headers = { ...doorHeaders(request), "x-request-id": currentRequestId()! };
    try {
      if (request.method !== "GET") throw new HttpError(405, "METHOD_NOT_ALLOWED", "The live feed is read with GET");
      // A stream opened now would hold the shutdown open: the board reconnects, to another instance or to this one restarted.
      if (isDraining()) throw new HttpError(503, "SHUTTING_DOWN", "This server is shutting down; connect again");
      const storeId = storeIdOf(path);
      const principal = await authorizeSession(head, "orders.read", { storeId });
      const cursor = await resumePoint(head, storeId);
      response.writeHead(200, { ...headers, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", "x-accel-buffering": "no" });
      await new BoardStream(storeId, principal.sessionId, response, cursor).open();
    } catch (error) {
      if (response.headersSent) {
        // The backlog could not be read: the board reconnects and resumes from the last frame it took.
        log.error({ err: error }, "Live feed failed");
        return void response.destroy();
      }
      writeAnswer(response, toAnswer(error), { ...headers, "cache-control": "no-store", ...(request.method !== "GET" && { allow: "GET" }) });
    }
  });
}

/**
 * A board's live feed as server-sent events, answered straight on node:http (the front door hands
 * it over before Next): what the board missed after its resume point, a page at a time, then every
 * new event of its store, each as the frame the store feed encoded once for every board. The stream
 * ends when the session that opened it does.
 */
export const liveFeedRoute = (request: IncomingMessage, response: ServerResponse): boolean => {
  const match = FEED_PATH.exec(request.url ?? "");
  if (!match) return false;
  void serve(request, response, match[1]!);
  return true;
};
