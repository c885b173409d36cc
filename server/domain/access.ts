import { z } from "zod";

// The one access policy: every procedure, REST route, page, file route, export and live feed asks
// it, and the UI asks it too (this module is pure, so browsers load it) to decide what to show.

export const ROLES = ["staff", "manager", "admin"] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const ABILITIES = ["orders:read", "orders:write", "orders:delete", "issues:read", "issues:write", "stores:read", "stores:write"] as const;
export const ZAbility = z.enum(ABILITIES);
export type Ability = z.infer<typeof ZAbility>;

/** Who is calling: a signed-in employee on a tablet, or an integrator's API token. */
export type Principal =
  | { kind: "employee"; employeeId: number; name: string; role: Role; storeIds: string[]; sessionId: string }
  | { kind: "token"; tokenId: number; name: string; abilities: Ability[]; storeId: string | null };

/**
 * What each action asks. Of a person: the role they need at the store (staff work at it, managers
 * manage it, admins reach every store). Of an API token: the ability it needs, within its store if
 * it is scoped to one; null where no token may act at all.
 */
export const ACTIONS = {
  /** Open a store's board, see its orders and their files, follow its live feed. */
  "orders.read": { person: "staff", token: "orders:read" },
  /** Take an order in, move it, change it, report on it. */
  "orders.write": { person: "staff", token: "orders:write" },
  /** Remove an order from every list, board and count; read what was removed. */
  "orders.delete": { person: "admin", token: "orders:delete" },
  /** Look back: order history, its counts and its CSV export. */
  "orders.history": { person: "manager", token: "orders:read" },
  "issues.report": { person: "staff", token: "issues:write" },
  "issues.read": { person: "manager", token: "issues:read" },
  "issues.triage": { person: "manager", token: "issues:write" },
  /** A store's menu, what is out of stock and whether it is paused: staff read them on the board. */
  "menu.read": { person: "staff", token: "stores:read" },
  /** Add a dish or correct one: its name, category, price, the platforms' ids. */
  "menu.write": { person: "manager", token: "stores:write" },
  /** What the board's staff do in a rush: 86 an item or put it back, pause the store or resume it. */
  "controls.write": { person: "staff", token: "stores:write" },
  /** Set how the store runs itself: auto-accept, its platforms, prep time and limits. */
  "controls.configure": { person: "manager", token: "stores:write" },
  /** A store's settings, people, figures and failed platform notifications. */
  "store.manage": { person: "manager", token: null },
  "integrations.manage": { person: "admin", token: null },
  "tokens.manage": { person: "admin", token: null },
} as const satisfies Record<string, { person: Role; token: Ability | null }>;
export type Action = keyof typeof ACTIONS;

/** What the policy needs to know of a caller; a principal is one, and so is the session a page holds. */
export type Subject =
  | { kind: "employee"; role: Role; storeIds: readonly string[] }
  | { kind: "token"; abilities: readonly Ability[]; storeId: string | null };
type Person = Extract<Subject, { kind: "employee" }>;

function personReaches(person: Person, role: Role, storeId: string): boolean {
  if (person.role === "admin") return true;
  if (role === "admin" || !person.storeIds.includes(storeId)) return false;
  return role === "staff" || person.role === "manager";
}

/** Whether the person holds the role anywhere at all (an admin page, a list across stores). */
function personHolds(person: Person, role: Role): boolean {
  return person.role === "admin" || (role === "staff" ? true : role === "manager" && person.role === "manager");
}

/**
 * May `principal` do `action` at `storeId`? With no store (a list across stores, an admin page):
 * may they do it anywhere?
 */
export function can(principal: Subject | null, action: Action, storeId: string | null = null): boolean {
  if (!principal) return false;
  const rule = ACTIONS[action];
  if (principal.kind === "token") {
    if (rule.token === null || !principal.abilities.includes(rule.token)) return false;
    return storeId === null || principal.storeId === null || principal.storeId === storeId;
  }
  return storeId === null ? personHolds(principal, rule.person) : personReaches(principal, rule.person, storeId);
}

/** The stores `principal` may do `action` at: null for every store, an empty list for none. */
export function storesFor(principal: Subject | null, action: Action): readonly string[] | null {
  if (!principal || !can(principal, action)) return [];
  if (principal.kind === "token") return principal.storeId === null ? null : [principal.storeId];
  if (principal.role === "admin") return null;
  return ACTIONS[action].person === "staff" || principal.role === "manager" ? principal.storeIds : [];
}

const ROLE_NAMES: Record<Role, string> = { staff: "someone who works at", manager: "a manager of", admin: "an admin" };

/** Why `can` said no, in words the caller can act on. */
export function refusal(principal: Subject, action: Action, storeId: string | null): string {
  const rule = ACTIONS[action];
  if (principal.kind === "token") {
    if (rule.token === null) return "API tokens cannot do this; sign in on a tablet";
    if (!principal.abilities.includes(rule.token)) return `This API token lacks the ${rule.token} ability`;
    return "This API token is limited to another store";
  }
  if (rule.person === "admin") return "Only an admin can do this";
  if (storeId === null) return `Only ${rule.person === "manager" ? "managers" : "staff"} and admins can do this`;
  return rule.person === "staff" ? `You do not have access to store "${storeId}"` : `Only ${ROLE_NAMES[rule.person]} store "${storeId}" or an admin can do this`;
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
