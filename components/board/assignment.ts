import type { BoardData, BoardOrder } from "./types";

type Names = Pick<BoardData, "people" | "groups">;

/** Who and which group an order is assigned to, as its card says it: "Sam Rivera · Kitchen"; undefined when nobody. */
export function assignmentLabel(order: Pick<BoardOrder, "assigneeId" | "groupId">, { people, groups }: Names): string | undefined {
  const person = order.assigneeId === null ? undefined : (people.find((p) => p.id === order.assigneeId)?.name ?? `Employee ${order.assigneeId}`);
  const group = order.groupId === null ? undefined : (groups.find((g) => g.id === order.groupId)?.name ?? `Group ${order.groupId}`);
  return [person, group].filter(Boolean).join(" · ") || undefined;
}

/** "My orders": assigned to the person, or to a group they are in. */
export function isMine(order: Pick<BoardOrder, "assigneeId" | "groupId">, employeeId: number | undefined, { groups }: Pick<Names, "groups">): boolean {
  if (employeeId === undefined) return false;
  if (order.assigneeId === employeeId) return true;
  return order.groupId !== null && groups.some((group) => group.id === order.groupId && group.memberIds.includes(employeeId));
}
