import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, transaction, type Db, type Tx } from "@/db/client";
import { employeeStores, staffGroupMembers, staffGroups } from "@/db/schema";
import { InvalidRequest, NotFound } from "@/server/domain/errors";
import { getStore } from "./list-stores";

/** A store's staff groups, each with the ids of the people in it. */
export async function listGroups(storeId: string, db: Db | Tx = getDb()) {
  const groups = await db.select({ id: staffGroups.id, name: staffGroups.name }).from(staffGroups).where(eq(staffGroups.storeId, storeId)).orderBy(asc(staffGroups.name));
  const members = groups.length
    ? await db
        .select()
        .from(staffGroupMembers)
        .where(
          inArray(
            staffGroupMembers.groupId,
            groups.map((group) => group.id),
          ),
        )
    : [];
  return groups.map((group) => ({ ...group, memberIds: members.filter((member) => member.groupId === group.id).map((member) => member.employeeId) }));
}

/** The group named `groupId`, if it is one of the store's. */
export async function groupOfStore(groupId: number, storeId: string, db: Db | Tx = getDb()) {
  const [group] = await db.select().from(staffGroups).where(and(eq(staffGroups.id, groupId), eq(staffGroups.storeId, storeId)));
  return group ?? null;
}

export async function createGroup(storeId: string, name: string) {
  await getStore(storeId);
  return transaction(
    async (tx) => {
      const [same] = await tx.select({ id: staffGroups.id }).from(staffGroups).where(and(eq(staffGroups.storeId, storeId), eq(staffGroups.name, name)));
      if (same) throw new InvalidRequest(`This store already has a group named "${name}"`);
      const [group] = await tx.insert(staffGroups).values({ storeId, name, createdAt: Date.now() }).returning({ id: staffGroups.id, name: staffGroups.name });
      return { ...group!, memberIds: [] as number[] };
    },
    { write: true },
  );
}

/** A deleted group leaves the orders assigned to it with no group (the database sets it to null). */
export async function deleteGroup(storeId: string, groupId: number) {
  const deleted = await getDb()
    .delete(staffGroups)
    .where(and(eq(staffGroups.id, groupId), eq(staffGroups.storeId, storeId)))
    .returning({ id: staffGroups.id });
  if (deleted.length === 0) throw new NotFound(`Store "${storeId}" has no group ${groupId}`);
}

/** Puts a person who works at the store into one of its groups, or takes them out. */
export async function setGroupMember(storeId: string, groupId: number, employeeId: number, member: boolean) {
  return transaction(
    async (tx) => {
      if (!(await groupOfStore(groupId, storeId, tx))) throw new NotFound(`Store "${storeId}" has no group ${groupId}`);
      const [works] = await tx.select().from(employeeStores).where(and(eq(employeeStores.storeId, storeId), eq(employeeStores.employeeId, employeeId)));
      if (!works) throw new InvalidRequest(`Employee ${employeeId} does not work at store "${storeId}"`);
      const row = { groupId, employeeId };
      if (member) await tx.insert(staffGroupMembers).values(row).onConflictDoNothing();
      else await tx.delete(staffGroupMembers).where(and(eq(staffGroupMembers.groupId, groupId), eq(staffGroupMembers.employeeId, employeeId)));
    },
    { write: true },
  );
}
