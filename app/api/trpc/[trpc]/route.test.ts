import { describe, expect, it } from "vitest";
import { endlessBody, streamingPost } from "@/test-support/endless-body";
import { makeStore } from "@/test-support/orders";
import { makeEmployee, signInAs } from "@/test-support/people";
import { GET, POST } from "./route";

const storeId = await makeStore();
const otherStore = await makeStore();

type Call = { status: number; body: unknown; cookies: string[] };

/** A tRPC mutation as a browser (or an attacker's script) sends it over HTTP: one call, or a batch. */
async function mutate(paths: string[], inputs: unknown[], headers: Record<string, string> = {}): Promise<Call> {
  const batch = paths.length > 1 ? "?batch=1" : "";
  const body = paths.length > 1 ? JSON.stringify(Object.fromEntries(inputs.map((input, index) => [index, input]))) : JSON.stringify(inputs[0]);
  const response = await POST(new Request(`http://board.local/api/trpc/${paths.join(",")}${batch}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } }));
  return { status: response.status, body: await response.json(), cookies: response.headers.getSetCookie() };
}

const signIn = async (employeeId: number, pin: string, headers: Record<string, string> = {}) => await mutate(["auth.signIn"], [{ storeId, employeeId, pin }], headers);
const sessionOf = (call: Call) => call.cookies.find((cookie) => cookie.startsWith("ob_session=obs_"));

describe("PIN guessing over /api/trpc", () => {
  it("checks only as many PINs as the limit allows when 40 wrong PINs arrive at once, and a manager can unlock the person", async () => {
    const target = await makeEmployee("manager", [storeId]);
    const answers = await Promise.all(Array.from({ length: 40 }, async (_, i) => await signIn(target.id, String(5000 + i))));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30);

    const locked = await signIn(target.id, "1234");
    expect(locked.status).toBe(429);
    expect(sessionOf(locked)).toBeUndefined();

    const admin = (await signInAs((await makeEmployee("admin", [])).id)).token;
    expect((await mutate(["employees.unlock"], [{ id: target.id }], { cookie: `ob_session=${admin}` })).status).toBe(200);
    expect(sessionOf(await signIn(target.id, "1234"))).toBeDefined();
  });

  it("refuses a batch of sign-ins as a whole, so one request tests no PIN at all", async () => {
    const target = await makeEmployee("staff", [storeId]);
    const pins = Array.from({ length: 300 }, (_, i) => String(1000 + i));
    const huge = await mutate(pins.map(() => "auth.signIn"), pins.map((pin) => ({ storeId, employeeId: target.id, pin })));
    expect(huge.status).toBe(400);
    expect(sessionOf(huge)).toBeUndefined();

    const pair = await mutate(["auth.signIn", "auth.signIn"], [{ storeId, employeeId: target.id, pin: "0000" }, { storeId, employeeId: target.id, pin: "1234" }]);
    expect(pair.status).toBe(400);
    expect(sessionOf(pair)).toBeUndefined();
    // Nothing was counted: all ten of the person's tries are still there.
    for (let i = 0; i < 9; i++) expect((await signIn(target.id, "0000")).status).toBe(401);
    expect(sessionOf(await signIn(target.id, "1234"))).toBeDefined();
  });

  it("locks a person out on the tablet under attack only: the same person signs in on another known tablet", async () => {
    const target = await makeEmployee("staff", [storeId]);
    const tabletOf = (call: Call) => call.cookies.find((cookie) => cookie.startsWith("ob_tablet="))!.split(";")[0]!;
    const otherTablet = tabletOf(await signIn(target.id, "1234"));
    const attacked = tabletOf(await signIn(target.id, "0000"));
    for (let i = 0; i < 4; i++) expect((await signIn(target.id, "0000", { cookie: attacked })).status).toBe(401);
    expect((await signIn(target.id, "1234", { cookie: attacked })).status).toBe(429);
    expect(sessionOf(await signIn(target.id, "1234", { cookie: otherTablet }))).toBeDefined();
  });
});

describe("a manager of one store and the people of two", () => {
  it("cannot reset the PIN of, deactivate or unlock a manager, or anyone who works at a store they do not manage", async () => {
    const missionManager = (await signInAs((await makeEmployee("manager", [storeId])).id)).token;
    const twoStoreManager = await makeEmployee("manager", [storeId, otherStore]);
    const twoStoreStaff = await makeEmployee("staff", [storeId, otherStore]);
    const missionStaff = await makeEmployee("staff", [storeId]);
    const as = { cookie: `ob_session=${missionManager}` };
    for (const target of [twoStoreManager, twoStoreStaff]) {
      expect((await mutate(["employees.resetPin"], [{ id: target.id, pin: "4242" }], as)).status).toBe(403);
      expect((await mutate(["employees.setActive"], [{ id: target.id, active: false }], as)).status).toBe(403);
      expect((await mutate(["employees.unlock"], [{ id: target.id }], as)).status).toBe(403);
    }
    // The takeover fails: the old PIN still works, the new one does not.
    expect(sessionOf(await signIn(twoStoreManager.id, "1234"))).toBeDefined();
    expect((await mutate(["employees.create"], [{ name: "Another boss", role: "manager", storeIds: [storeId], pin: "4242" }], as)).status).toBe(403);

    expect((await mutate(["employees.resetPin"], [{ id: missionStaff.id, pin: "4242" }], as)).status).toBe(200);
    expect(sessionOf(await signIn(missionStaff.id, "4242"))).toBeDefined();
  });
});

describe("request bodies", () => {
  it("stops reading an endless chunked body at the limit", async () => {
    const body = endlessBody();
    const response = await POST(streamingPost("http://board.local/api/trpc/auth.signIn", body.stream, { "content-type": "application/json" }));
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(256 * 1024 + 2 * body.chunkBytes);
  });

  it("still answers queries sent as GET", async () => {
    const response = await GET(new Request("http://board.local/api/trpc/auth.stores"));
    expect(response.status).toBe(200);
  });
});
