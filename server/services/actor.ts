import type { ActorType } from "@/db/schema";

/** Who caused a change, as the audit log records it. */
export type Actor = { type: ActorType; id: string | null; name: string };

export const SYSTEM_ACTOR: Actor = { type: "system", id: null, name: "Orderboard" };

/** Until staff sign in, a tablet's actions are recorded as the store's staff. */
export const TABLET_ACTOR: Actor = { type: "employee", id: null, name: "Store staff" };
