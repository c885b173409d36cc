import "server-only";
import { migrationsBehind } from "@/db/client";
import { log } from "@/server/log/logger";

// Shared through globalThis: the shutdown hook and the /readyz route live in different bundles.
const holder = globalThis as unknown as { orderboardDraining?: boolean };

/** From a shutdown on: a load balancer asking /readyz is told to send this instance nothing new. */
export function startDraining() {
  holder.orderboardDraining = true;
}

export const isDraining = () => holder.orderboardDraining === true;

export type Readiness = { ready: true; migrations: "current" } | { ready: false; reason: string };

/** Whether this instance should be sent requests: not shutting down, its database reachable and migrated. */
export async function readiness(): Promise<Readiness> {
  if (isDraining()) return { ready: false, reason: "Shutting down" };
  try {
    const behind = await migrationsBehind();
    return behind === 0 ? { ready: true, migrations: "current" } : { ready: false, reason: `${behind} database migration${behind === 1 ? " is" : "s are"} not applied` };
  } catch (error) {
    log.warn({ err: error }, "Readiness check: the database cannot be reached");
    return { ready: false, reason: "The database cannot be reached" };
  }
}
