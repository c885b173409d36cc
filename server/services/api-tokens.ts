import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { builtOnce, getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { Ability, Principal } from "@/server/domain/access";
import { NotFound } from "@/server/domain/errors";
import { SESSION_TOUCH_MS } from "@/server/domain/sign-in-throttle";
import { getStore } from "./list-stores";
import { digest, newSecret } from "./secrets";

export type NewApiToken = { name: string; abilities: Ability[]; storeId: string | null; createdBy: string; secret?: string };

/** Creates a token; the secret is returned this once and stored only as a digest. */
export async function createApiToken({ name, abilities, storeId, createdBy, secret = newSecret("ob_") }: NewApiToken) {
  if (storeId !== null) await getStore(storeId);
  const [row] = await getDb()
    .insert(apiTokens)
    .values({ name, abilities, storeId, createdBy, secretHash: digest(secret), prefix: secret.slice(0, 8), createdAt: Date.now() })
    .returning();
  return { token: publicView(row!), secret };
}

/** Everything about a token but its digest. */
function publicView({ id, name, prefix, abilities, storeId, createdBy, createdAt, lastUsedAt, revokedAt }: typeof apiTokens.$inferSelect) {
  return { id, name, prefix, abilities, storeId, createdBy, createdAt, lastUsedAt, revokedAt };
}

export async function listApiTokens() {
  const rows = await getDb().select().from(apiTokens).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(publicView);
}

/** Revoking twice is harmless: the token stays revoked from the first time. */
export async function revokeApiToken(id: number) {
  const db = getDb();
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  if (!row) throw new NotFound(`API token ${id} does not exist`);
  if (row.revokedAt !== null) return publicView(row);
  const [revoked] = await db.update(apiTokens).set({ revokedAt: Date.now() }).where(eq(apiTokens.id, id)).returning();
  return publicView(revoked!);
}

// Asked at every API call: prepared once.
const tokenByDigest = builtOnce((db) =>
  db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.secretHash, sql.placeholder("digest")))
    .prepare(),
);

/** The integrator behind a Bearer secret, or null for an unknown or revoked one. Keeps last-used time. */
export async function authenticateToken(secret: string, now = Date.now()): Promise<Principal | null> {
  const [row] = await tokenByDigest().execute({ digest: digest(secret) });
  if (!row || row.revokedAt !== null) return null;
  if (row.lastUsedAt === null || now - row.lastUsedAt > SESSION_TOUCH_MS) {
    await getDb().update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return { kind: "token", tokenId: row.id, name: row.name, abilities: row.abilities, storeId: row.storeId };
}
