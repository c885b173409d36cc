import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { employeeStores, employees, sessions } from "@/db/schema";
import type { Principal } from "@/server/domain/access";
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from "@/server/domain/sign-in-throttle";
import { storeFeed } from "@/server/events/store-feed";
import { digest, newSecret } from "./secrets";

/** A fresh token at every sign-in; only its digest is stored. */
export async function startSession(employeeId: number, now = Date.now()): Promise<string> {
  const token = newSecret("obs_");
  await getDb().insert(sessions).values({ id: digest(token), employeeId, createdAt: now, lastSeenAt: now });
  return token;
}

export async function storeIdsOf(employeeId: number): Promise<string[]> {
  const rows = await getDb().select({ storeId: employeeStores.storeId }).from(employeeStores).where(eq(employeeStores.employeeId, employeeId));
  return rows.map((row) => row.storeId);
}

type SessionRow = { session: typeof sessions.$inferSelect; employee: typeof employees.$inferSelect };

const isLive = ({ session, employee }: SessionRow, now: number) => employee.active && now - session.lastSeenAt <= SESSION_IDLE_MS;

function principalOf({ session, employee }: SessionRow, storeIds: string[]): Principal {
  return { kind: "employee", employeeId: employee.id, name: employee.name, role: employee.role, storeIds, sessionId: session.id };
}

function sessionRows(ids: string[]): Promise<SessionRow[]> {
  return getDb().select({ session: sessions, employee: employees }).from(sessions).innerJoin(employees, eq(employees.id, sessions.employeeId)).where(inArray(sessions.id, ids));
}

/** The signed-in person behind a session token, or null when it is unknown, idle too long or deactivated. */
export async function authenticateSession(token: string, now = Date.now()): Promise<Principal | null> {
  const db = getDb();
  const id = digest(token);
  const [row] = await sessionRows([id]);
  if (!row) return null;
  if (!isLive(row, now)) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now - row.session.lastSeenAt > SESSION_TOUCH_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return principalOf(row, await storeIdsOf(row.employee.id));
}

/**
 * The people behind many sessions at once (by session id), for the live feeds' periodic check: a
 * session that ended, went idle or whose person was deactivated is simply absent. Reads only.
 */
export async function livePrincipals(sessionIds: string[], now = Date.now()): Promise<Map<string, Principal>> {
  if (sessionIds.length === 0) return new Map();
  const rows = (await sessionRows(sessionIds)).filter((row) => isLive(row, now));
  const memberships = rows.length
    ? await getDb().select().from(employeeStores).where(inArray(employeeStores.employeeId, [...new Set(rows.map((row) => row.employee.id))]))
    : [];
  return new Map(
    rows.map((row) => [row.session.id, principalOf(row, memberships.filter((m) => m.employeeId === row.employee.id).map((m) => m.storeId))]),
  );
}

/** Ends a session; the live feeds it opened on this process end at once (elsewhere, at their next check). */
export async function endSession(token: string) {
  await getDb().delete(sessions).where(eq(sessions.id, digest(token)));
  await storeFeed().checkAccess();
}

export async function endSessionsOf(employeeId: number) {
  await getDb().delete(sessions).where(eq(sessions.employeeId, employeeId));
  await storeFeed().checkAccess();
}
