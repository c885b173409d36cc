import { getDb } from "@/db/client";
import { employeeStores, employees } from "@/db/schema";
import type { Ability, Role } from "@/server/domain/access";
import { createApiToken } from "@/server/services/api-tokens";
import { hashPin } from "@/server/services/secrets";
import { authenticateSession, startSession } from "@/server/services/sessions";
import { createContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";

let cachedHash: Promise<string> | undefined;

/** An employee who signs in with PIN 1234 (hashed once per file: scrypt is slow on purpose). */
export async function makeEmployee(role: Role, storeIds: string[], name = `${role} ${Math.random().toString(36).slice(2, 7)}`) {
  cachedHash ??= hashPin("1234");
  const now = Date.now();
  const [row] = await getDb()
    .insert(employees)
    .values({ name, role, pinHash: await cachedHash, active: true, createdAt: now, updatedAt: now })
    .returning();
  if (storeIds.length) await getDb().insert(employeeStores).values(storeIds.map((storeId) => ({ employeeId: row!.id, storeId })));
  return row!;
}

/** A signed-in session for the employee: its cookie token and the principal it resolves to. */
export async function signInAs(employeeId: number) {
  const token = await startSession(employeeId);
  return { token, principal: (await authenticateSession(token))! };
}

export async function makeToken(abilities: Ability[], storeId: string | null = null) {
  return (await createApiToken({ name: `token ${abilities.join("+") || "none"}`, abilities, storeId, createdBy: "test" })).secret;
}

/** A tRPC caller as the given session token would get it through HTTP (null: nobody signed in). */
export function callerWith(sessionToken: string | null, headers: Record<string, string> = {}) {
  const req = new Request("http://board.local/api/trpc", {
    headers: { host: "board.local", ...(sessionToken ? { cookie: `ob_session=${sessionToken}` } : {}), ...headers },
  });
  const resHeaders = new Headers();
  return { caller: createCaller(() => createContext({ req, resHeaders })), resHeaders };
}

/** The cast of an authorization matrix: staff of store A, staff of store B, a manager of A, an admin. */
export async function matrixPeople(storeA: string, storeB: string) {
  return {
    staffA: await makeEmployee("staff", [storeA]),
    staffB: await makeEmployee("staff", [storeB]),
    managerA: await makeEmployee("manager", [storeA]),
    admin: await makeEmployee("admin", []),
  };
}
