import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";

/**
 * What `npm run bench:ingest` measures the order intake against: the same framework and database,
 * one row written and nothing else (no sign-in, validation, event or fan-out).
 */
export async function insertFloorRow(storeId: string) {
  await getDb()
    .insert(webhookDeliveries)
    .values({ platform: "doordash", webhookId: `floor-${randomUUID()}`, storeId, outcome: "unchanged", receivedAt: Date.now() });
}

/** The floor route answers only on a server started for the benchmark. */
export const benchFloorOpen = () => process.env.ORDERBOARD_BENCH_FLOOR === "1";
