import "server-only";
import type { ActorType } from "@/db/schema";
import type { Principal } from "@/server/domain/access";

/** Who caused a change, as the audit log records it. */
export type Actor = { type: ActorType; id: string | null; name: string };

export const SYSTEM_ACTOR: Actor = { type: "system", id: null, name: "Orderboard" };

export function actorOf(principal: Principal): Actor {
  return principal.kind === "employee"
    ? { type: "employee", id: String(principal.employeeId), name: principal.name }
    : { type: "api", id: String(principal.tokenId), name: principal.name };
}
