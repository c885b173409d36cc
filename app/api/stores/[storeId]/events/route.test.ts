import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import type { OrderEventMessage } from "@/server/events/bus";
import { storeFeed, type Frame } from "@/server/events/store-feed";
import { acceptOrder } from "@/server/services/accept-order";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { latestEventId } from "@/server/services/latest-event-id";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeEmployee, signInAs } from "@/test-support/people";
import { GET } from "./route";

const storeId = makeStore();
const elsewhere = makeStore();

async function open(store: string, { token, after, lastEventId }: { token?: string; after?: number | string; lastEventId?: number } = {}) {
  const url = new URL(`http://board.local/api/stores/${store}/events`);
  if (after !== undefined) url.searchParams.set("after", String(after));
  const controller = new AbortController();
  const headers: Record<string, string> = {};
  if (token) headers.cookie = `ob_session=${token}`;
  if (lastEventId !== undefined) headers["last-event-id"] = String(lastEventId);
  const response = await GET(new Request(url, { headers, signal: controller.signal }), { params: Promise.resolve({ storeId: store }) });
  return { response, controller };
}

/** Reads server-sent-event frames off a response, one at a time. */
function framesOf(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    reader,
    async next(): Promise<{ id: string | null; event: string | null; data: string | null; retry: string | null }> {
      while (!buffer.includes("\n\n")) {
        const { value, done } = await reader.read();
        if (done) throw new Error("The stream ended");
        buffer += value;
      }
      const end = buffer.indexOf("\n\n");
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const field = (name: string) => block.split("\n").find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2) ?? null;
      return { id: field("id"), event: field("event"), data: field("data"), retry: field("retry") };
    },
  };
}

describe("GET /api/stores/:storeId/events", () => {
  it("refuses the signed-out, staff of other stores, unknown stores and a resume point that is not an id", async () => {
    const staff = signInAs((await makeEmployee("staff", [storeId])).id).token;
    expect((await open(storeId)).response.status).toBe(401);
    expect((await open(elsewhere, { token: staff })).response.status).toBe(403);
    expect((await open("no-such-store", { token: staff })).response.status).toBe(404);
    expect((await open(storeId, { token: staff, after: "yesterday" })).response.status).toBe(400);
  });

  it("replays what the board missed, then streams its own store's events live, and lets go when the board leaves", async () => {
    const token = signInAs((await makeEmployee("staff", [storeId])).id).token;
    const after = latestEventId(getDb(), storeId);
    const missed = createOrder(orderInput(storeId), SYSTEM_ACTOR).order;

    const { response, controller } = await open(storeId, { token, after });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const frames = framesOf(response);
    expect((await frames.next()).retry).toBe("2000");
    const first = await frames.next();
    expect(first).toMatchObject({ event: "order", id: expect.any(String) });
    expect(JSON.parse(first.data!) as OrderEventMessage).toMatchObject({ event: { type: "created", orderId: missed.id }, order: { id: missed.id, status: "incoming" } });

    createOrder(orderInput(elsewhere), SYSTEM_ACTOR);
    acceptOrder({ orderId: missed.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
    const second = await frames.next();
    const message = JSON.parse(second.data!) as OrderEventMessage;
    expect(message).toMatchObject({ event: { type: "accepted" }, order: { id: missed.id, status: "accepted" } });
    expect(Number(second.id)).toBe(message.event.id);

    expect(storeFeed().openStreams(storeId)).toBe(1);
    controller.abort();
    await frames.reader.cancel().catch(() => undefined);
    expect(storeFeed().openStreams(storeId)).toBe(0);
  });

  it("resumes from the browser's Last-Event-ID over the page's own starting point", async () => {
    const token = signInAs((await makeEmployee("staff", [storeId])).id).token;
    const seen = createOrder(orderInput(storeId), SYSTEM_ACTOR).order;
    const lastEventId = latestEventId(getDb(), storeId);
    const unseen = createOrder(orderInput(storeId), SYSTEM_ACTOR).order;

    const { response, controller } = await open(storeId, { token, after: 0, lastEventId });
    const frames = framesOf(response);
    await frames.next();
    expect(JSON.parse((await frames.next()).data!)).toMatchObject({ order: { id: unseen.id } });
    expect(seen.id).not.toBe(unseen.id);
    controller.abort();
    await frames.reader.cancel().catch(() => undefined);
  });
});

describe("the store feed", () => {
  it("encodes each event once and hands every board of the store the same bytes", () => {
    const received: Frame[][] = [[], [], []];
    const stops = [
      storeFeed().subscribe(storeId, (frame) => received[0]!.push(frame)),
      storeFeed().subscribe(storeId, (frame) => received[1]!.push(frame)),
      storeFeed().subscribe(elsewhere, (frame) => received[2]!.push(frame)),
    ];
    createOrder(orderInput(storeId), SYSTEM_ACTOR);
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        stops.forEach((stop) => stop());
        expect(received[0]).toHaveLength(1);
        expect(received[1]![0]!.bytes).toBe(received[0]![0]!.bytes);
        expect(received[2]).toEqual([]);
        resolve();
      }),
    );
  });
});
