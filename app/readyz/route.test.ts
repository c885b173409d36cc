import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { migrationsTable, runStatement, selectValues } from "@/db/dialect";
import { startDraining } from "@/server/services/readiness";
import { GET as health } from "../healthz/route";
import { GET as ready } from "./route";

describe("health checks", () => {
  it("/healthz answers while the process runs, asking nothing of the database", async () => {
    const answer = health();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: "ok" });
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("/readyz is 200 on a reachable, migrated database", async () => {
    const answer = await ready();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: "ready", migrations: "current" });
  });

  it("/readyz is 503 naming the reason when a migration is missing", async () => {
    const [last] = await selectValues(sql`select hash, created_at from ${migrationsTable()} order by created_at desc limit 1`);
    const [hash, createdAt] = last!;
    await runStatement(sql`delete from ${migrationsTable()} where hash = ${hash} and created_at = ${createdAt}`);
    try {
      const answer = await ready();
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ status: "not_ready", reason: "1 database migration is not applied" });
    } finally {
      await runStatement(sql`insert into ${migrationsTable()} (hash, created_at) values (${hash}, ${createdAt})`);
    }
    expect((await ready()).status).toBe(200);
  });

  it("/readyz is 503 from a shutdown on, while /healthz still answers", async () => {
    startDraining();
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ status: "not_ready", reason: "Shutting down" });
    expect(health().status).toBe(200);
  });
});
