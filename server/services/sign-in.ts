import "server-only";
import { and, eq, inArray, like, or } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { employeeStores, employees, knownTablets, signInThrottles } from "@/db/schema";
import { TooManyAttempts, WrongPin } from "@/server/domain/errors";
import {
  FORGET_FAILURES_AFTER_MS,
  lockoutMs,
  personThrottleKey,
  tabletPersonThrottlePattern,
  throttleKeys,
} from "@/server/domain/sign-in-throttle";
import { digest, verifyPin } from "./secrets";
import { startSession } from "./sessions";

type Keys = ReturnType<typeof throttleKeys>;

/**
 * Counts this attempt as a failure on every counter before the PIN is checked, in one immediate
 * transaction, so parallel attempts cannot all slip under the limit: the ones past it are refused
 * without a PIN being tried. Returns the wait the attempt will impose if the PIN is wrong.
 */
function countAttempt(keys: Keys, now: number): Promise<number> {
  return transaction(
    async (tx) => {
      const rows = await tx.select().from(signInThrottles).where(inArray(signInThrottles.key, keys.map((k) => k.key)));
      const wait = Math.max(0, ...rows.map((row) => row.lockedUntil - now));
      if (wait > 0) throw new TooManyAttempts(wait);
      let imposed = 0;
      for (const { key, free } of keys) {
        const row = rows.find((candidate) => candidate.key === key);
        const failures = (row && now - row.updatedAt < FORGET_FAILURES_AFTER_MS ? row.failures : 0) + 1;
        const lockedUntil = now + lockoutMs(failures, free);
        imposed = Math.max(imposed, lockedUntil - now);
        await tx
          .insert(signInThrottles)
          .values({ key, failures, lockedUntil, updatedAt: now })
          .onConflictDoUpdate({ target: signInThrottles.key, set: { failures, lockedUntil, updatedAt: now } });
      }
      return imposed;
    },
    { write: true },
  );
}

async function mayWorkAt(employee: { id: number; role: string }, storeId: string): Promise<boolean> {
  if (employee.role === "admin") return true;
  const [row] = await getDb()
    .select({ storeId: employeeStores.storeId })
    .from(employeeStores)
    .where(and(eq(employeeStores.employeeId, employee.id), eq(employeeStores.storeId, storeId)));
  return row !== undefined;
}

/** The tablet behind its cookie's token, and whether anyone has signed in on it before. */
async function tabletOf(tabletToken: string | null) {
  if (!tabletToken) return null;
  const id = digest(tabletToken);
  const known = await getDb().select({ id: knownTablets.id }).from(knownTablets).where(eq(knownTablets.id, id));
  return { id, known: known.length > 0 };
}

type SignInOptions = { storeId: string; employeeId: number; pin: string; clientAddress: string; tabletToken?: string | null; now?: number };

/**
 * Signs a person in on a store's tablet with their PIN. Every refusal reads the same whether the
 * person is unknown, inactive, elsewhere or mistyped. Wrong PINs are throttled per tablet and
 * person, per person, and per client address for browsers that are not a known tablet.
 */
export async function signIn({ storeId, employeeId, pin, clientAddress, tabletToken = null, now = Date.now() }: SignInOptions) {
  const tablet = await tabletOf(tabletToken);
  const keys = throttleKeys({ employeeId, clientAddress, tablet });
  const waitIfWrong = await countAttempt(keys, now);

  const [employee] = await getDb().select().from(employees).where(eq(employees.id, employeeId));
  const eligible = employee !== undefined && employee.active && (await mayWorkAt(employee, storeId));
  const correct = await verifyPin(pin, eligible ? employee.pinHash : null);
  if (!correct || !eligible) throw new WrongPin(waitIfWrong);

  await transaction(
    async (tx) => {
      await tx.delete(signInThrottles).where(inArray(signInThrottles.key, keys.map((k) => k.key)));
      if (tablet) {
        await tx
          .insert(knownTablets)
          .values({ id: tablet.id, firstSignInAt: now, lastSignInAt: now })
          .onConflictDoUpdate({ target: knownTablets.id, set: { lastSignInAt: now } });
      }
    },
    { write: true },
  );
  return { token: await startSession(employee.id, now), employee: { id: employee.id, name: employee.name, role: employee.role, locale: employee.locale } };
}

/** When the person's own counter (every tablet's tries added up) lets them try again, if they are locked out. */
export async function lockedUntil(employeeIds: number[], now = Date.now()): Promise<Map<number, number>> {
  if (employeeIds.length === 0) return new Map();
  const rows = await getDb()
    .select()
    .from(signInThrottles)
    .where(inArray(signInThrottles.key, employeeIds.map(personThrottleKey)));
  return new Map(rows.filter((row) => row.lockedUntil > now).map((row) => [Number(row.key.split(":")[1]), row.lockedUntil]));
}

/** Clears a person's wrong-PIN counters on every tablet: a manager's answer to someone locking a colleague out. */
export async function clearSignInLockout(employeeId: number) {
  await getDb()
    .delete(signInThrottles)
    .where(or(eq(signInThrottles.key, personThrottleKey(employeeId)), like(signInThrottles.key, tabletPersonThrottlePattern(employeeId))));
}
