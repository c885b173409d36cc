import { z } from "zod";

export const ROLES = ["staff", "manager", "admin"] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const ABILITIES = ["orders:read", "orders:write", "issues:read", "issues:write"] as const;
export const ZAbility = z.enum(ABILITIES);
export type Ability = z.infer<typeof ZAbility>;

/** Who is calling: a signed-in employee on a tablet, or an integrator's API token. */
export type Principal =
  | { kind: "employee"; employeeId: number; name: string; role: Role; storeIds: string[]; sessionId: string }
  | { kind: "token"; tokenId: number; name: string; abilities: Ability[]; storeId: string | null };

/** Staff work at their stores, managers look after theirs, admins reach every store. */
export function canUseStore(principal: Principal, storeId: string): boolean {
  if (principal.kind === "token") return principal.storeId === null || principal.storeId === storeId;
  return principal.role === "admin" || principal.storeIds.includes(storeId);
}

export function canManageStore(principal: Principal, storeId: string): boolean {
  return principal.kind === "employee" && (principal.role === "admin" || (principal.role === "manager" && principal.storeIds.includes(storeId)));
}

export function isAdmin(principal: Principal): boolean {
  return principal.kind === "employee" && principal.role === "admin";
}

export function hasAbility(principal: Principal, ability: Ability): boolean {
  return principal.kind === "token" && principal.abilities.includes(ability);
}

/** Which roles a person may give: a manager hires staff, only an admin makes managers and admins. */
export function canAssignRole(principal: Principal, role: Role): boolean {
  if (principal.kind !== "employee") return false;
  if (principal.role === "admin") return true;
  return principal.role === "manager" && role === "staff";
}

export const ZPin = z.string().regex(/^\d{4,6}$/, "A PIN is 4 to 6 digits");

/**
 * A manager looks after staff only, and only staff all of whose stores they manage: a PIN reset is a
 * way into every store the person works at. An admin looks after everyone.
 */
export function canManageEmployee(principal: Principal, target: { role: Role; storeIds: string[] }): boolean {
  if (principal.kind !== "employee") return false;
  if (principal.role === "admin") return true;
  return (
    principal.role === "manager" &&
    target.role === "staff" &&
    target.storeIds.length > 0 &&
    target.storeIds.every((id) => principal.storeIds.includes(id))
  );
}
