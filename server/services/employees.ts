import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { employeeStores, employees } from "@/db/schema";
import { can, canAssignRole, canManageEmployee, type Principal, type Role } from "@/server/domain/access";
import type { Locale } from "@/server/domain/locale";
import { Forbidden, InvalidRequest, NotFound } from "@/server/domain/errors";
import { getStore } from "./list-stores";
import { hashPin } from "./secrets";
import { endSessionsOf, storeIdsOf } from "./sessions";
import { clearSignInLockout, lockedUntil } from "./sign-in";

/** The people a store's tablet offers at sign-in: its active staff and managers, then the admins. */
export async function listPeople(storeId: string) {
  await getStore(storeId);
  const db = getDb();
  const atStore = db.select({ id: employeeStores.employeeId }).from(employeeStores).where(eq(employeeStores.storeId, storeId));
  return db
    .select({ id: employees.id, name: employees.name, role: employees.role })
    .from(employees)
    .where(and(eq(employees.active, true), or(inArray(employees.id, atStore), eq(employees.role, "admin"))))
    .orderBy(sql`${employees.role} = 'admin'`, asc(employees.name));
}

/**
 * Everyone who works at a store, active or not, for the people who manage it: whether the caller may
 * manage each of them, and until when a person is locked out by wrong PINs.
 */
export async function listEmployees(principal: Principal, storeId: string) {
  await getStore(storeId);
  const db = getDb();
  const atStore = db.select({ id: employeeStores.employeeId }).from(employeeStores).where(eq(employeeStores.storeId, storeId));
  const rows = await db
    .select({ id: employees.id, name: employees.name, role: employees.role, active: employees.active })
    .from(employees)
    .where(inArray(employees.id, atStore))
    .orderBy(asc(employees.name));
  const people = await Promise.all(rows.map(async (employee) => ({ ...employee, storeIds: await storeIdsOf(employee.id) })));
  const locks = await lockedUntil(people.map((person) => person.id));
  return people.map((person) => ({ ...person, manageable: canManageEmployee(principal, person), lockedUntil: locks.get(person.id) ?? null }));
}

type NewEmployee = { name: string; role: Role; storeIds: string[]; pin: string };

export async function createEmployee(principal: Principal, { name, role, storeIds, pin }: NewEmployee) {
  if (!canAssignRole(principal, role)) throw new Forbidden(`You may not create ${role === "admin" ? "an admin" : `a ${role}`}`);
  if (role !== "admin" && storeIds.length === 0) throw new InvalidRequest("Choose at least one store for this person");
  for (const storeId of storeIds) {
    await getStore(storeId);
    if (!can(principal, "store.manage", storeId)) throw new Forbidden(`You do not manage store "${storeId}"`);
  }
  const pinHash = await hashPin(pin);
  const now = Date.now();
  return transaction(
    async (tx) => {
      const [row] = await tx.insert(employees).values({ name, role, pinHash, active: true, createdAt: now, updatedAt: now }).returning();
      if (storeIds.length > 0) await tx.insert(employeeStores).values(storeIds.map((storeId) => ({ employeeId: row!.id, storeId })));
      return { id: row!.id, name: row!.name, role: row!.role, active: row!.active, storeIds };
    },
    { write: true },
  );
}

async function managedEmployee(principal: Principal, employeeId: number) {
  const [row] = await getDb().select().from(employees).where(eq(employees.id, employeeId));
  if (!row) throw new NotFound(`Employee ${employeeId} does not exist`);
  const target = { ...row, storeIds: await storeIdsOf(row.id) };
  if (!canManageEmployee(principal, target)) throw new Forbidden(`You do not manage ${row.name}`);
  return target;
}

/** Deactivating signs the person out everywhere at once. */
export async function setEmployeeActive(principal: Principal, employeeId: number, active: boolean) {
  if (!active && principal.kind === "employee" && principal.employeeId === employeeId) {
    throw new InvalidRequest("You cannot deactivate yourself");
  }
  const target = await managedEmployee(principal, employeeId);
  await getDb().update(employees).set({ active, updatedAt: Date.now() }).where(eq(employees.id, employeeId));
  if (!active) await endSessionsOf(employeeId);
  return { id: target.id, name: target.name, role: target.role, active, storeIds: target.storeIds };
}

/** The language a person chose for the screens: the tablets they sign in on take it up. */
export async function setOwnLocale(principal: Principal, locale: Locale) {
  if (principal.kind !== "employee") throw new Forbidden("Only a person chooses a language for themselves");
  await getDb().update(employees).set({ locale, updatedAt: Date.now() }).where(eq(employees.id, principal.employeeId));
  return { locale };
}

/** A new PIN ends the person's sessions, so a forgotten tablet is signed out too. */
export async function resetPin(principal: Principal, employeeId: number, pin: string) {
  const target = await managedEmployee(principal, employeeId);
  const pinHash = await hashPin(pin);
  await getDb().update(employees).set({ pinHash, updatedAt: Date.now() }).where(eq(employees.id, employeeId));
  await endSessionsOf(employeeId);
  return { id: target.id, name: target.name };
}

/** Lets a person locked out by wrong PINs (someone else's, perhaps) try again on every tablet. */
export async function unlockEmployee(principal: Principal, employeeId: number) {
  const target = await managedEmployee(principal, employeeId);
  await clearSignInLockout(employeeId);
  return { id: target.id, name: target.name };
}
