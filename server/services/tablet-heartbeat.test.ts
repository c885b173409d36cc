import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { InvalidRequest } from "@/server/domain/errors";
import { makeStore } from "@/test-support/orders";
import { makeToken } from "@/test-support/people";
import { rest } from "@/test-support/rest";
import type { Actor } from "./actor";
import { readAvailability, setOpeningHours, setPause } from "./store-controls";
import { checkHeartbeats, NO_TABLET_REASON, recordPresence, setHeartbeat } from "./tablet-heartbeat";

const MINUTE = 60_000;
const since = Date.parse("2026-11-26T18:00:00Z");
const sam: Actor = { type: "employee", id: "7", name: "Sam" };
const pauseOf = async (storeId: string, now: number) => (await readAvailability(storeId, now)).pause;
/** The managers' own endpoint: every POST it receives, by path. */
async function managersEndpoint() {
  const received: { path: string; body: unknown }[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "/", body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}
let receiver: Awaited<ReturnType<typeof managersEndpoint>> | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe("the tablet heartbeat", () => {
  it("pauses a store on every platform once no board has been connected for its minutes, and resumes it the moment one is back", async () => {
    const storeId = await makeStore();
    await recordPresence("instance-a", [storeId], since);
    expect(await checkHeartbeats(since + 4 * MINUTE, since, storeId)).toEqual([]);
    expect(await checkHeartbeats(since + 5 * MINUTE, since, storeId)).toEqual([`${storeId}: no board for 5 min, paused`]);
    expect(await pauseOf(storeId, since + 5 * MINUTE)).toEqual({ platforms: null, reason: NO_TABLET_REASON, until: null });
    // Looking again changes nothing: it is paused already.
    expect(await checkHeartbeats(since + 6 * MINUTE, since, storeId)).toEqual([]);

    // A board on another instance counts as much as one here.
    await recordPresence("instance-b", [storeId], since + 7 * MINUTE);
    expect(await checkHeartbeats(since + 7 * MINUTE, since, storeId)).toEqual([`${storeId}: a board is back, resumed`]);
    expect(await pauseOf(storeId, since + 7 * MINUTE)).toBeNull();
  });

  it("counts from the instance's start when no board was ever seen, never lifts a pause a person set, and stays off at 0 minutes", async () => {
    const storeId = await makeStore();
    expect(await checkHeartbeats(since + 4 * MINUTE, since, storeId)).toEqual([]);
    await setPause(storeId, { paused: true, reason: "Closed for a private party" }, sam, since);
    expect(await checkHeartbeats(since + 60 * MINUTE, since, storeId)).toEqual([]);
    await recordPresence("instance-a", [storeId], since + 61 * MINUTE);
    expect(await checkHeartbeats(since + 61 * MINUTE, since, storeId)).toEqual([]);
    expect(await pauseOf(storeId, since + 61 * MINUTE)).toMatchObject({ reason: "Closed for a private party" });

    // A store closed by its hours needs no board.
    const closed = await makeStore();
    await setOpeningHours(closed, {}, sam);
    expect(await checkHeartbeats(since + 600 * MINUTE, since, closed)).toEqual([]);

    const off = await makeStore();
    await setHeartbeat(off, { minutes: 0, alert_url: null });
    expect(await checkHeartbeats(since + 600 * MINUTE, since, off)).toEqual([]);
  });

  it("tells the managers at their URL when it pauses the store", async () => {
    receiver = await managersEndpoint();
    const storeId = await makeStore();
    await setHeartbeat(storeId, { minutes: 2, alert_url: `${receiver.url}/alerts` });
    await checkHeartbeats(since + 2 * MINUTE, since, storeId);
    await expect.poll(() => receiver!.received.length).toBe(1);
    expect(receiver.received[0]).toMatchObject({
      path: "/alerts",
      body: { type: "store.tablets_offline", data: { store_id: storeId, last_board_seen: new Date(since).toISOString(), paused: true, reason: NO_TABLET_REASON } },
    });
  });
});

describe("GET/PUT /api/v1/stores/{id}/heartbeat", () => {
  it("sets and reads the heartbeat; an alert URL that is not a URL is 400, and one at a private address 422", async () => {
    const storeId = await makeStore();
    const token = await makeToken(["stores:read", "stores:write"], storeId);
    expect(await (await rest("GET", `/api/v1/stores/${storeId}/heartbeat`, { token })).json()).toEqual({ minutes: 5, alert_url: null });
    const put = (body: unknown) => rest("PUT", `/api/v1/stores/${storeId}/heartbeat`, { token, body });
    expect(await (await put({ minutes: 10, alert_url: "https://alerts.example.com/orderboard" })).json()).toEqual({ minutes: 10, alert_url: "https://alerts.example.com/orderboard" });
    expect((await put({ minutes: 10, alert_url: "not a url" })).status).toBe(400);
    expect((await put({ minutes: -1, alert_url: null })).status).toBe(400);
    expect((await put({ minutes: 10, alert_url: "http://10.0.0.5/hook" })).status).toBe(422);
    await expect(setHeartbeat(storeId, { minutes: 10, alert_url: "http://192.168.1.2/" })).rejects.toBeInstanceOf(InvalidRequest);
    const readOnly = await makeToken(["stores:read"], storeId);
    expect((await rest("PUT", `/api/v1/stores/${storeId}/heartbeat`, { token: readOnly, body: { minutes: 0, alert_url: null } })).status).toBe(403);
    expect(await (await rest("GET", `/api/v1/stores/${storeId}/heartbeat`, { token })).json()).toEqual({ minutes: 10, alert_url: "https://alerts.example.com/orderboard" });
  });
});
