import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
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
    const answer = ready();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: "ready", migrations: "current" });
  });

  it("/readyz is 503 naming the reason when a migration is missing", async () => {
    const client = getDb().$client;
    const last = client.prepare("select rowid, hash, created_at from __drizzle_migrations order by created_at desc limit 1").get() as { rowid: number; hash: string; created_at: number };
    client.prepare("delete from __drizzle_migrations where rowid = ?").run(last.rowid);
    try {
      const answer = ready();
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ status: "not_ready", reason: "1 database migration is not applied" });
    } finally {
      client.prepare("insert into __drizzle_migrations (hash, created_at) values (?, ?)").run(last.hash, last.created_at);
    }
    expect(ready().status).toBe(200);
  });

  it("/readyz is 503 from a shutdown on, while /healthz still answers", async () => {
    startDraining();
    const answer = ready();
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ status: "not_ready", reason: "Shutting down" });
    expect(health().status).toBe(200);
  });
});
