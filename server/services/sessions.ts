import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { employeeStores, employees, sessions } from "@/db/schema";
import type { Principal } from "@/server/domain/access";
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from "@/server/domain/sign-in-throttle";
import { digest, newSecret } from "./secrets";

/** A fresh token at every sign-in; only its digest is stored. */
export function startSession(employeeId: number, now = Date.now()): string {
  const token = newSecret("obs_");
  getDb().insert(sessions).values({ id: digest(token), employeeId, createdAt: now, lastSeenAt: now }).run();
  return token;
}

export function storeIdsOf(employeeId: number): string[] {
  return getDb()
    .select({ storeId: employeeStores.storeId })
    .from(employeeStores)
    .where(eq(employeeStores.employeeId, employeeId))
    .all()
    .map((row) => row.storeId);
}

/** The signed-in person behind a session token, or null when it is unknown, idle too long or deactivated. */
export function authenticateSession(token: string, now = Date.now()): Principal | null {
  const db = getDb();
  const id = digest(token);
  const row = db
    .select({ session: sessions, employee: employees })
    .from(sessions)
    .innerJoin(employees, eq(employees.id, sessions.employeeId))
    .where(eq(sessions.id, id))
    .get();
  if (!row) return null;
  if (!row.employee.active || now - row.session.lastSeenAt > SESSION_IDLE_MS) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (now - row.session.lastSeenAt > SESSION_TOUCH_MS) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
  }
  const { employee } = row;
  return { kind: "employee", employeeId: employee.id, name: employee.name, role: employee.role, storeIds: storeIdsOf(employee.id), sessionId: id };
}

export function endSession(token: string) {
  getDb().delete(sessions).where(eq(sessions.id, digest(token))).run();
}

export function endSessionsOf(employeeId: number) {
  getDb().delete(sessions).where(eq(sessions.employeeId, employeeId)).run();
}
