import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { employeeStores, employees, signInThrottles } from "@/db/schema";
import { TooManyAttempts, WrongPin } from "@/server/domain/errors";
import { lockoutMs } from "@/server/domain/sign-in-throttle";
import { verifyPin } from "./secrets";
import { startSession } from "./sessions";

/** A counter untouched this long starts again from zero. */
const FORGET_AFTER_MS = 60 * 60_000;

function throttleKeys(employeeId: number, clientAddress: string) {
  return [`employee:${employeeId}`, `address:${clientAddress}`];
}

function currentWait(keys: string[], now: number): number {
  const rows = getDb().select().from(signInThrottles).where(inArray(signInThrottles.key, keys)).all();
  return Math.max(0, ...rows.map((row) => row.lockedUntil - now));
}

/** Counts one more wrong PIN on every key; returns the wait it now imposes. */
function recordFailure(keys: string[], now: number): number {
  const db = getDb();
  return db.transaction(
    (tx) => {
      let wait = 0;
      for (const key of keys) {
        const row = tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();
        const failures = (row && now - row.updatedAt < FORGET_AFTER_MS ? row.failures : 0) + 1;
        const lockedUntil = now + lockoutMs(failures);
        wait = Math.max(wait, lockedUntil - now);
        tx.insert(signInThrottles)
          .values({ key, failures, lockedUntil, updatedAt: now })
          .onConflictDoUpdate({ target: signInThrottles.key, set: { failures, lockedUntil, updatedAt: now } })
          .run();
      }
      return wait;
    },
    { behavior: "immediate" },
  );
}

function mayWorkAt(employee: { id: number; role: string }, storeId: string): boolean {
  if (employee.role === "admin") return true;
  const row = getDb()
    .select({ storeId: employeeStores.storeId })
    .from(employeeStores)
    .where(and(eq(employeeStores.employeeId, employee.id), eq(employeeStores.storeId, storeId)))
    .get();
  return row !== undefined;
}

type SignInOptions = { storeId: string; employeeId: number; pin: string; clientAddress: string; now?: number };

/**
 * Signs a person in on a store's tablet with their PIN. Every refusal reads the same whether the
 * person is unknown, inactive, elsewhere or mistyped, and wrong PINs are throttled per person and
 * per client address.
 */
export async function signIn({ storeId, employeeId, pin, clientAddress, now = Date.now() }: SignInOptions) {
  const keys = throttleKeys(employeeId, clientAddress);
  const wait = currentWait(keys, now);
  if (wait > 0) throw new TooManyAttempts(wait);

  const employee = getDb().select().from(employees).where(eq(employees.id, employeeId)).get();
  const eligible = employee !== undefined && employee.active && mayWorkAt(employee, storeId);
  const correct = await verifyPin(pin, eligible ? employee.pinHash : null);
  if (!correct || !eligible) throw new WrongPin(recordFailure(keys, now));

  getDb().delete(signInThrottles).where(inArray(signInThrottles.key, keys)).run();
  return { token: startSession(employee.id, now), employee: { id: employee.id, name: employee.name, role: employee.role } };
}
