import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { employeeStores, employees, type OrderRow } from "@/db/schema";
import { InvalidOrder, type OrderProblem } from "@/server/domain/errors";
import type { DetailsChange, FieldChange } from "@/server/domain/order-details";
import { groupOfStore } from "./staff-groups";

type Assignment = Pick<DetailsChange, "assignee_id" | "group_id">;

async function assigneeName(tx: Tx, employeeId: number, storeId: string): Promise<string | null> {
  const [person] = await tx
    .select({ name: employees.name })
    .from(employees)
    .leftJoin(employeeStores, and(eq(employeeStores.employeeId, employees.id), eq(employeeStores.storeId, storeId)))
    .where(and(eq(employees.id, employeeId), eq(employees.active, true), or(eq(employees.role, "admin"), eq(employeeStores.storeId, storeId))));
  return person?.name ?? null;
}

/**
 * Who and which group an order is assigned to: the columns to set and one timeline line for each
 * that changes. The person must be active and work at the order's store (or be an admin), the group
 * one of the store's own; otherwise the change is refused, naming the field.
 */
export async function assignmentChanges(tx: Tx, order: OrderRow, change: Assignment, now: number) {
  const patch: Partial<Pick<OrderRow, "assigneeId" | "groupId" | "assignedAt">> = {};
  const changes: FieldChange[] = [];
  const problems: OrderProblem[] = [];
  if (change.assignee_id !== undefined && change.assignee_id !== order.assigneeId) {
    const name = change.assignee_id === null ? null : await assigneeName(tx, change.assignee_id, order.storeId);
    if (change.assignee_id !== null && name === null) problems.push({ path: ["assignee_id"], message: `Employee ${change.assignee_id} is not active staff of this store` });
    patch.assigneeId = change.assignee_id;
    changes.push({ field: "assignee_id", before: order.assigneeId, after: change.assignee_id, line: name ? `Assigned to ${name}` : "Nobody assigned" });
  }
  if (change.group_id !== undefined && change.group_id !== order.groupId) {
    const group = change.group_id === null ? null : await groupOfStore(change.group_id, order.storeId, tx);
    if (change.group_id !== null && group === null) problems.push({ path: ["group_id"], message: `Group ${change.group_id} is not one of this store's groups` });
    patch.groupId = change.group_id;
    changes.push({ field: "group_id", before: order.groupId, after: change.group_id, line: group ? `Group: ${group.name}` : "No group" });
  }
  if (problems.length > 0) throw new InvalidOrder(problems);
  const assignee = "assigneeId" in patch ? patch.assigneeId : order.assigneeId;
  const group = "groupId" in patch ? patch.groupId : order.groupId;
  if (changes.length > 0) patch.assignedAt = assignee === null && group === null ? null : now;
  return { patch, changes };
}
