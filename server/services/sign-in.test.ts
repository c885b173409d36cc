import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TooManyAttempts, WrongPin } from "@/server/domain/errors";
import { SESSION_IDLE_MS } from "@/server/domain/sign-in-throttle";
import { makeStore } from "@/test-support/orders";
import { callerWith, makeEmployee } from "@/test-support/people";
import { setEmployeeActive } from "./employees";
import { authenticateSession, endSession } from "./sessions";
import { clearSignInLockout, lockedUntil, signIn } from "./sign-in";
import { rejected } from "@/test-support/refusals";

const storeId = await makeStore();
const otherStore = await makeStore();
let address = 0;
/** Each test signs in from its own address, so per-address counters never leak between tests. */
const from = () => `10.0.0.${++address}`;


// Each try hashes a PIN with scrypt on purpose: a guard against hangs, not a speed target, on two busy cores.
describe("signing in with a PIN", { timeout: 30_000 }, () => {
  it("signs the person in with a fresh session token every time", async () => {
    const staff = await makeEmployee("staff", [storeId], "Pat");
    const clientAddress = from();
    const first = await signIn({ storeId, employeeId: staff.id, pin: "1234", clientAddress });
    const second = await signIn({ storeId, employeeId: staff.id, pin: "1234", clientAddress });
    expect(first.token).not.toBe(second.token);
    expect(await authenticateSession(first.token)).toMatchObject({ kind: "employee", employeeId: staff.id, name: "Pat", storeIds: [storeId] });
  });

  it("reads the same for an unknown person, an inactive one, another store's, and a wrong PIN", async () => {
    const staff = await makeEmployee("staff", [storeId]);
    const inactive = await makeEmployee("staff", [storeId]);
    const elsewhere = await makeEmployee("staff", [otherStore]);
    await setEmployeeActive({ kind: "employee", employeeId: 0, name: "admin", role: "admin", storeIds: [], sessionId: "" }, inactive.id, false);
    const messages = await Promise.all(
      [
        { employeeId: 999_999, pin: "1234" },
        { employeeId: inactive.id, pin: "1234" },
        { employeeId: elsewhere.id, pin: "1234" },
        { employeeId: staff.id, pin: "9999" },
      ].map(async (attempt) => {
        const error = (await rejected(signIn({ storeId, clientAddress: from(), ...attempt }))) as Error;
        expect(error).toBeInstanceOf(WrongPin);
        return error.message;
      }),
    );
    expect(new Set(messages)).toEqual(new Set(["That PIN is not right. Try again."]));
  });

  it("gives a person 5 tries on one tablet, then waits 30 s, longer each time, and forgives after a success", async () => {
    const staff = await makeEmployee("staff", [storeId]);
    const start = Date.now();
    const tabletToken = `obt_${randomUUID()}`;
    const attempt = async (pin: string, now: number) => await signIn({ storeId, employeeId: staff.id, pin, clientAddress: from(), tabletToken, now });
    for (let i = 0; i < 4; i++) expect(((await rejected(attempt("0000", start))) as WrongPin).retryAfterMs).toBe(0);
    const fifth = (await rejected(attempt("0000", start))) as WrongPin;
    expect(fifth.retryAfterMs).toBe(30_000);
    expect(fifth.message).toBe("That PIN is not right. Wait 30 s before trying again.");

    const waiting = (await rejected(attempt("1234", start + 29_000))) as Error;
    expect(waiting).toBeInstanceOf(TooManyAttempts);
    expect(waiting.message).toBe("Too many wrong PINs. Wait 1 s before trying again.");
    expect(((await rejected(attempt("0000", start + 30_000))) as WrongPin).retryAfterMs).toBe(60_000);
    await attempt("1234", start + 90_000);
    expect(((await rejected(attempt("0000", start + 90_000))) as WrongPin).retryAfterMs).toBe(0);
  });

  it("adds a person's wrong PINs up across tablets: after 10 they wait everywhere, until a manager unlocks them", async () => {
    const staff = await makeEmployee("staff", [storeId]);
    const now = Date.now();
    for (let i = 0; i < 10; i++) await rejected(signIn({ storeId, employeeId: staff.id, pin: "0000", clientAddress: from(), tabletToken: `obt_${randomUUID()}`, now }));
    expect(await rejected(signIn({ storeId, employeeId: staff.id, pin: "1234", clientAddress: from(), tabletToken: `obt_${randomUUID()}`, now }))).toBeInstanceOf(TooManyAttempts);
    expect((await lockedUntil([staff.id], now)).get(staff.id)).toBe(now + 30_000);
    await clearSignInLockout(staff.id);
    expect((await lockedUntil([staff.id], now)).size).toBe(0);
    await signIn({ storeId, employeeId: staff.id, pin: "1234", clientAddress: from(), tabletToken: `obt_${randomUUID()}`, now });
  });

  it("throttles one address trying many people from browsers that are not a known tablet, but never a known tablet", async () => {
    const clientAddress = from();
    const known = `obt_${randomUUID()}`;
    const regular = await makeEmployee("staff", [storeId]);
    await signIn({ storeId, employeeId: regular.id, pin: "1234", clientAddress: from(), tabletToken: known });

    const people = await Promise.all(Array.from({ length: 20 }, async () => await makeEmployee("staff", [storeId])));
    for (const person of people) await rejected(signIn({ storeId, employeeId: person.id, pin: "0000", clientAddress, tabletToken: `obt_${randomUUID()}` }));
    const fresh = await makeEmployee("staff", [storeId]);
    expect(await rejected(signIn({ storeId, employeeId: fresh.id, pin: "1234", clientAddress }))).toBeInstanceOf(TooManyAttempts);
    await signIn({ storeId, employeeId: fresh.id, pin: "1234", clientAddress, tabletToken: known });
    await signIn({ storeId, employeeId: fresh.id, pin: "1234", clientAddress: from() });
  });
});

describe("sessions", () => {
  it("end after a shift-length idle time, at sign-out, and when the person is deactivated", async () => {
    const staff = await makeEmployee("staff", [storeId]);
    const now = Date.now();
    const idle = await signIn({ storeId, employeeId: staff.id, pin: "1234", clientAddress: from(), now });
    expect(await authenticateSession(idle.token, now + SESSION_IDLE_MS - 1)).not.toBeNull();
    expect(await authenticateSession(idle.token, now + 2 * SESSION_IDLE_MS)).toBeNull();
    expect(await authenticateSession(idle.token, now)).toBeNull();

    const signedOut = await signIn({ storeId, employeeId: staff.id, pin: "1234", clientAddress: from() });
    await endSession(signedOut.token);
    expect(await authenticateSession(signedOut.token)).toBeNull();

    const live = await signIn({ storeId, employeeId: staff.id, pin: "1234", clientAddress: from() });
    await setEmployeeActive({ kind: "employee", employeeId: 0, name: "admin", role: "admin", storeIds: [], sessionId: "" }, staff.id, false);
    expect(await authenticateSession(live.token)).toBeNull();
  });

  it("set an HttpOnly, SameSite=Lax cookie at sign-in; switching user ends the previous session", async () => {
    const first = await makeEmployee("staff", [storeId], "First");
    const second = await makeEmployee("staff", [storeId], "Second");
    const signInFirst = callerWith(null, { origin: "http://board.local" });
    await signInFirst.caller.auth.signIn({ storeId, employeeId: first.id, pin: "1234" });
    const cookies = signInFirst.resHeaders.getSetCookie();
    const cookie = cookies.find((c) => c.startsWith("ob_session="))!;
    expect(cookie).toMatch(/^ob_session=obs_[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(cookies.find((c) => c.startsWith("ob_tablet="))).toMatch(/^ob_tablet=obt_[\w-]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
    const firstToken = decodeURIComponent(cookie.split(";")[0]!.split("=")[1]!);

    const switching = callerWith(firstToken, { origin: "http://board.local" });
    expect(await switching.caller.auth.session()).toMatchObject({ name: "First" });
    await switching.caller.auth.signIn({ storeId, employeeId: second.id, pin: "1234" });
    expect(await authenticateSession(firstToken)).toBeNull();
  });

  it("keep a person's chosen language and hand it to every tablet they sign in on", async () => {
    const person = await makeEmployee("staff", [storeId], "Lucía");
    const localeOf = (headers: Headers) => headers.getSetCookie().find((c) => c.startsWith("orderboard-locale="));

    const before = callerWith(null, { origin: "http://board.local" });
    await before.caller.auth.signIn({ storeId, employeeId: person.id, pin: "1234" });
    expect(localeOf(before.resHeaders)).toBeUndefined();
    const token = decodeURIComponent(before.resHeaders.getSetCookie().find((c) => c.startsWith("ob_session="))!.split(";")[0]!.split("=")[1]!);

    const choosing = callerWith(token, { origin: "http://board.local" });
    await choosing.caller.auth.setLanguage({ locale: "es-US" });
    expect(localeOf(choosing.resHeaders)).toMatch(/^orderboard-locale=es-US; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);

    const otherTablet = callerWith(null, { origin: "http://board.local" });
    await otherTablet.caller.auth.signIn({ storeId, employeeId: person.id, pin: "1234" });
    expect(localeOf(otherTablet.resHeaders)).toMatch(/^orderboard-locale=es-US;/);

    const signedOutTablet = callerWith(null, { origin: "http://board.local" });
    await signedOutTablet.caller.auth.setLanguage({ locale: "en-US" });
    expect(localeOf(signedOutTablet.resHeaders)).toMatch(/^orderboard-locale=en-US;/);
    const again = callerWith(null, { origin: "http://board.local" });
    await again.caller.auth.signIn({ storeId, employeeId: person.id, pin: "1234" });
    expect(localeOf(again.resHeaders), "a tablet's own choice is not the person's").toMatch(/^orderboard-locale=es-US;/);
    await expect(again.caller.auth.setLanguage({ locale: "fr-FR" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuse a sign-in or any change posted from another site", async () => {
    const staff = await makeEmployee("staff", [storeId]);
    const { caller, resHeaders } = callerWith(null, { origin: "http://evil.example" });
    const error = await rejected(caller.auth.signIn({ storeId, employeeId: staff.id, pin: "1234" }));
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    expect(resHeaders.get("set-cookie")).toBeNull();
  });
});
