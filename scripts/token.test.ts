import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { authenticateToken } from "@/server/services/api-tokens";
import { makeStore } from "@/test-support/orders";

const run = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/token.ts", ...args], { encoding: "utf8", env: process.env, stdio: "pipe" }) };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { code: failed.status, out: failed.stderr };
  }
};

describe("npm run token", () => {
  it("creates a store-scoped token, printing its secret once, lists it and revokes it", async () => {
    const storeId = await makeStore();
    const created = run("create", "--name", "CLI bridge", "--abilities", "orders:read,orders:write", "--store", storeId);
    expect(created.code).toBe(0);
    const secret = /Secret, shown only now: (\S+)/.exec(created.out)![1]!;
    expect(await authenticateToken(secret)).toMatchObject({ kind: "token", name: "CLI bridge", storeId, abilities: ["orders:read", "orders:write"] });

    const id = /Created token (\d+)/.exec(created.out)![1]!;
    expect(run("list").out).toMatch(new RegExp(`^${id}\\t${secret.slice(0, 8)}…\\tCLI bridge\\t.*active$`, "m"));
    expect(run("list").out).not.toContain(secret);
    expect(run("revoke", id).out).toContain("is revoked");
    expect(await authenticateToken(secret)).toBeNull();
  }, 30_000);

  it("refuses bad arguments with usage and exit code 2, and an unknown store with 1", async () => {
    expect(run("create", "--name", "x", "--abilities", "orders:destroy")).toMatchObject({ code: 2, out: expect.stringContaining("--abilities takes") });
    expect(run("revoke", "abc")).toMatchObject({ code: 2 });
    expect(run("frobnicate")).toMatchObject({ code: 2, out: expect.stringContaining("Usage:") });
    expect(run("create", "--name", "x", "--abilities", "orders:read", "--store", "nowhere")).toMatchObject({ code: 1, out: expect.stringContaining("does not exist") });
  }, 30_000);
});
