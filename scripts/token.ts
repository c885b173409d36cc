// Manages integrator API tokens from the command line:
//   npm run token -- create --name "DoorDash bridge" --abilities orders:read,orders:write [--store mission]
//   npm run token -- list
//   npm run token -- revoke 3
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb } from "@/db/client";
import { ZAbility } from "@/server/domain/access";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/services/api-tokens";

const USAGE = `Usage:
  npm run token -- create --name NAME --abilities orders:read,orders:write [--store STORE_ID]
  npm run token -- list
  npm run token -- revoke TOKEN_ID`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, abilities: { type: "string" }, store: { type: "string" } },
});
const [command, argument] = positionals;
const iso = (ms: number | null) => (ms === null ? "never" : new Date(ms).toISOString());

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  try {
    if (command === "create") {
      const name = z.string().trim().min(1).max(80).safeParse(values.name);
      if (!name.success) fail("Give the token a --name");
      const abilities = z.array(ZAbility).min(1).safeParse(values.abilities?.split(",").map((a) => a.trim()));
      if (!abilities.success) fail(`--abilities takes a comma-separated list of ${ZAbility.options.join(", ")}`);
      const { token, secret } = await createApiToken({ name: name.data, abilities: abilities.data, storeId: values.store ?? null, createdBy: "command line" });
      console.log(`Created token ${token.id} "${token.name}" (${token.abilities.join(", ")}; ${token.storeId ?? "all stores"}).`);
      console.log(`Secret, shown only now: ${secret}`);
    } else if (command === "list") {
      for (const token of await listApiTokens()) {
        const state = token.revokedAt ? `revoked ${iso(token.revokedAt)}` : "active";
        console.log(`${token.id}\t${token.prefix}…\t${token.name}\t${token.abilities.join(",")}\t${token.storeId ?? "all stores"}\tlast used ${iso(token.lastUsedAt)}\t${state}`);
      }
    } else if (command === "revoke") {
      const id = z.coerce.number().int().positive().safeParse(argument);
      if (!id.success) fail("Name the token to revoke by its id (see `npm run token -- list`)");
      const token = await revokeApiToken(id.data);
      console.log(`Token ${token.id} "${token.name}" is revoked.`);
    } else {
      fail(command ? `Unknown command "${command}"` : "Say what to do");
    }
    await closeDb();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

void main();
