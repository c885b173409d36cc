import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { orderEvents, sessions } from "@/db/schema";
import type { OrderEventMessage } from "@/server/events/bus";
import { ACCESS_CHECK_MS, storeFeed, type Frame } from "@/server/events/store-feed";
import { acceptOrder } from "@/server/services/accept-order";
import { SYSTEM_ACTOR } from "@/server/services/actor";
import { createOrder } from "@/server/services/create-order";
import { resetPin, setEmployeeActive } from "@/server/services/employees";
import { RESUME_WINDOW_MS, latestEventId } from "@/server/services/event-cursors";
import { digest } from "@/server/services/secrets";
import { startDraining } from "@/server/services/readiness";
import { endSession } from "@/server/services/sessions";
import { makeStore, orderInput } from "@/test-support/orders";
import { makeEmployee, signInAs } from "@/test-support/people";
import { startFeedServer } from "@/test-support/feed-server";

const storeId = await makeStore();
const elsewhere = await makeStore();

const server = await startFeedServer();
afterAll(() => server.close());

async function open(store: string, { token, after, lastEventId, method = "GET" }: { token?: string; after?: number | string; lastEventId?: number; method?: string } = {}) {
  const url = new URL(`${server.url}/api/stores/${encodeURIComponent(store)}/events`);
  if (after !== undefined) url.searchParams.set("after", String(after));
  const controller = new AbortController();
  const headers: Record<string, string> = {};
  if (token) headers.cookie = `ob_session=${token}`;
  if (lastEventId !== undefined) headers["last-event-id"] = String(lastEventId);
  const response = await fetch(url, { method, headers, signal: controller.signal });
  return { response, controller };
}

type Sse = { id: string | null; event: string | null; data: string | null; retry: string | null };

/** Reads server-sent-event frames off a response, one at a time; null once the server ends the stream. */
function framesOf(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const read = async (): Promise<Sse | null> => {
    while (!buffer.includes("\n\n")) {
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += value;
    }
    const end = buffer.indexOf("\n\n");
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    const field = (name: string) => block.split("\n").find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2) ?? null;
    return { id: field("id"), event: field("event"), data: field("data"), retry: field("retry") };
  };
  return {
    reader,
    read,
    async next(): Promise<Sse> {
      const frame = await read();
      if (!frame) throw new Error("The stream ended");
      return frame;
    },
    /** The next order frame, skipping pings. */
    async nextOrder(): Promise<OrderEventMessage & { id: number }> {
      for (;;) {
        const frame = await this.next();
        if (frame.event === "order") return { ...(JSON.parse(frame.data!) as OrderEventMessage), id: Number(frame.id) };
      }
    },
    /** Reads until the server ends the stream, pings aside; fails on an order frame. */
    async ended(): Promise<true> {
      for (let frame = await read(); frame; frame = await read()) {
        if (frame.event === "order") throw new Error(`An order frame arrived after the session ended: ${frame.data}`);
      }
      return true;
    },
  };
}

async function staffToken(store = storeId) {
  const person = await makeEmployee("staff", [store]);
  return { person, token: (await signInAs(person.id)).token };
}

describe("GET /api/stores/:storeId/events", () => {
  it("refuses the signed-out, staff of other stores, unknown stores, a resume point that is not an id and other methods, in the API's error shape", async () => {
    const { token } = await staffToken();
    const signedOut = (await open(storeId)).response;
    expect(signedOut.status).toBe(401);
    const body = (await signedOut.json()) as { error: { code: string; request_id: string } };
    expect(body.error.request_id).toBe(signedOut.headers.get("x-request-id"));
    expect(signedOut.headers.get("cache-control")).toBe("no-store");
    expect(signedOut.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await open(elsewhere, { token })).response.status).toBe(403);
    expect((await open("no-such-store", { token })).response.status).toBe(404);
    expect((await open(storeId, { token, after: "yesterday" })).response.status).toBe(400);
    const posted = (await open(storeId, { token, method: "POST" })).response;
    expect([posted.status, posted.headers.get("allow")]).toEqual([405, "GET"]);
    expect(storeFeed().openStreams(storeId)).toBe(0);
  });

  it("replays what the board missed, then streams its own store's events live, and lets go when the board leaves", async () => {
    const { token } = await staffToken();
    const after = await latestEventId(getDb(), storeId);
    const missed = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;

    const { response, controller } = await open(storeId, { token, after });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const frames = framesOf(response);
    expect((await frames.next()).retry).toBe("2000");
    // Which server process speaks: a board that meets a new one reads the board again.
    expect(await frames.next()).toMatchObject({ event: "hello", data: JSON.stringify({ bootId: storeFeed().bootId }) });
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    const first = await frames.nextOrder();
    expect(first).toMatchObject({ event: { type: "created", orderId: missed.id }, order: { id: missed.id, status: "incoming" } });

    await createOrder(orderInput(elsewhere), SYSTEM_ACTOR);
    await acceptOrder({ orderId: missed.id, prepMinutes: 5, actor: SYSTEM_ACTOR });
    const second = await frames.nextOrder();
    expect(second).toMatchObject({ event: { type: "accepted" }, order: { id: missed.id, status: "accepted" } });
    expect(second.id).toBe(second.event.id);

    expect(storeFeed().openStreams(storeId)).toBe(1);
    controller.abort();
    await frames.reader.cancel().catch(() => undefined);
    await vi.waitFor(() => expect(storeFeed().openStreams(storeId)).toBe(0));
  });

  it("opened without a resume point, starts after the store's latest event rather than replaying it", async () => {
    const { token } = await staffToken();
    const before = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
    const { response, controller } = await open(storeId, { token });
    const frames = framesOf(response);
    await frames.next();
    const after = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;
    const first = await frames.nextOrder();
    expect(first.order.id).toBe(after.id);
    expect(first.order.id).not.toBe(before.id);
    controller.abort();
  });

  it("resumes from the browser's Last-Event-ID over the page's own starting point", async () => {
    const { token } = await staffToken();
    await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    const lastEventId = await latestEventId(getDb(), storeId);
    const unseen = (await createOrder(orderInput(storeId), SYSTEM_ACTOR)).order;

    const { response, controller } = await open(storeId, { token, after: lastEventId - 1, lastEventId });
    const frames = framesOf(response);
    await frames.next();
    const first = await frames.nextOrder();
    expect(first.id).toBeGreaterThan(lastEventId);
    expect(first.order.id).toBe(unseen.id);
    controller.abort();
  });

  it("sends a long backlog in pages, in order, each event once, then goes on live", async () => {
    const store = await makeStore();
    const { token } = await staffToken(store);
    const from = await latestEventId(getDb(), store);
    const made: number[] = [];
    for (let i = 0; i < 450; i++) made.push((await createOrder(orderInput(store), SYSTEM_ACTOR)).order.id);
    const { response, controller } = await open(store, { token, after: from });
    const frames = framesOf(response);
    await frames.next();
    const seen: number[] = [];
    for (let i = 0; i < 450; i++) seen.push((await frames.nextOrder()).order.id);
    expect(seen).toEqual(made);
    const live = (await createOrder(orderInput(store), SYSTEM_ACTOR)).order;
    expect((await frames.nextOrder()).order.id).toBe(live.id);
    controller.abort();
    // 451 orders on two loaded cores: a guard against a hang, not a speed target.
  }, 30_000);

  it("resumes no further back than a day, however early the board asks for (history is for managers)", async () => {
    const store = await makeStore();
    const { token } = await staffToken(store);
    const old = (await createOrder(orderInput(store), SYSTEM_ACTOR)).order;
    await getDb().update(orderEvents).set({ createdAt: Date.now() - RESUME_WINDOW_MS - 60_000 }).where(eq(orderEvents.orderId, old.id));
    const recent = (await createOrder(orderInput(store), SYSTEM_ACTOR)).order;

    for (const resume of [{ after: 0 }, { lastEventId: 0 }]) {
      const { response, controller } = await open(store, { token, ...resume });
      const frames = framesOf(response);
      await frames.next();
      expect((await frames.nextOrder()).order.id).toBe(recent.id);
      controller.abort();
    }
  });
});

describe("a live feed ends with the session that opened it", () => {
  it.each([
    ["signs out", async (token: string) => await endSession(token)],
    ["is deactivated", async (_: string, id: number) => await setEmployeeActive({ kind: "employee", employeeId: 0, name: "Admin", role: "admin", storeIds: [], sessionId: "" }, id, false)],
    ["has their PIN reset", async (_: string, id: number) => await resetPin({ kind: "employee", employeeId: 0, name: "Admin", role: "admin", storeIds: [], sessionId: "" }, id, "4321")],
  ])("within seconds when the person %s, and no order reaches it after", async (_, endIt) => {
    const { person, token } = await staffToken();
    const { response, controller } = await open(storeId, { token });
    const frames = framesOf(response);
    await frames.next();
    await endIt(token, person.id);
    await createOrder(orderInput(storeId, { customer: { first_name: "After", last_name: "SignOut", phone: "+15550001111" } }), SYSTEM_ACTOR);
    await expect(frames.ended()).resolves.toBe(true);
    await vi.waitFor(() => expect(storeFeed().openStreams(storeId)).toBe(0));
    controller.abort();
  });

  it("within seconds when the session is ended elsewhere (another instance, an idle timeout)", async () => {
    const { token } = await staffToken();
    const { response, controller } = await open(storeId, { token });
    const frames = framesOf(response);
    await frames.next();
    await getDb().delete(sessions).where(eq(sessions.id, digest(token)));
    const started = Date.now();
    await expect(frames.ended()).resolves.toBe(true);
    expect(Date.now() - started).toBeLessThan(ACCESS_CHECK_MS + 1_000);
    controller.abort();
  });
});

describe("the store feed", () => {
  it("ends every open stream at once when the server shuts down, so boards reconnect elsewhere", async () => {
    const { token } = await staffToken();
    const open1 = await open(storeId, { token });
    const open2 = await open(elsewhere, { token: (await staffToken(elsewhere)).token });
    storeFeed().endAll();
    await expect(framesOf(open1.response.clone()).ended()).resolves.toBe(true);
    await expect(framesOf(open2.response.clone()).ended()).resolves.toBe(true);
    await vi.waitFor(() => expect(storeFeed().openStreams(storeId) + storeFeed().openStreams(elsewhere)).toBe(0));
  });

  it("encodes each event once and hands every board of the store the same bytes", async () => {
    const received: Frame[][] = [[], [], []];
    const stream = (store: string, index: number) => ({ storeId: store, sessionId: `s${index}`, deliver: (frame: Frame) => received[index]!.push(frame), send: () => {}, end: () => {} });
    const removals = [storeFeed().add(stream(storeId, 0)), storeFeed().add(stream(storeId, 1)), storeFeed().add(stream(elsewhere, 2))];
    await createOrder(orderInput(storeId), SYSTEM_ACTOR);
    // Delivered as it commits on SQLite; through LISTEN/NOTIFY, a moment later, on PostgreSQL.
    await vi.waitFor(() => expect(received[0]).toHaveLength(1));
    removals.forEach((remove) => remove());
    expect(received[1]![0]!.bytes).toBe(received[0]![0]!.bytes);
    expect(received[2]).toEqual([]);
  });
});

describe("a server shutting down", () => {
  it("refuses a board that connects once the shutdown began (503), so the stream cannot hold the process open and the board goes elsewhere", async () => {
    const { token } = await staffToken();
    startDraining();
    const { response } = await open(storeId, { token });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("SHUTTING_DOWN");
    expect(storeFeed().openStreams(storeId)).toBe(0);
  });
});
