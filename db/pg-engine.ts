import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { transactionScope, type Db, type Engine, type TransactionKind } from "./engine";
import { MIGRATIONS, MIGRATIONS_TABLE, shippedMigrations } from "./migrations";
import * as schema from "./pg-schema";

/** Held by every writing transaction: writers commit one at a time, in the order their event ids were given. */
const WRITER_LOCK = 0x0b0a2d;
/** Held while migrating, so instances starting together apply each migration once. */
const MIGRATION_LOCK = 0x0b0a2e;

/** The server in a URL without its password, for logs. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

/** Applies the migrations this code ships that the database lacks, one instance at a time. */
export async function migratePostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS.postgres });
  } finally {
    await client.end();
  }
}

/**
 * The server engine: a pool of connections; each transaction holds one. Reads see one snapshot
 * (REPEATABLE READ, read only); serial writers take the writer lock first; row writers rely on the
 * row locks they take.
 */
export function openPostgres(url: string): Engine {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // A connection the server drops while idle is replaced on the next query; it must not end the process.
  pool.on("error", () => undefined);
  const db: NodePgDatabase<typeof schema> = drizzle({ client: pool, schema });

  return {
    db: db as unknown as Db,
    description: withoutPassword(url),
    transaction<T>(work: () => Promise<T>, kind: TransactionKind): Promise<T> {
      return db.transaction(
        async (tx) => {
          if (kind === "serial") await tx.execute(sql`select pg_advisory_xact_lock(${WRITER_LOCK})`);
          return transactionScope.run({ db: tx as unknown as Db, owner: tx }, work);
        },
        kind === "read" ? { isolationLevel: "repeatable read", accessMode: "read only" } : undefined,
      );
    },
    async migrationsBehind() {
      const { rows } = await pool.query<{ applied: number }>(`select count(*)::int as applied from ${MIGRATIONS_TABLE.postgres}`);
      return shippedMigrations("postgres") - rows[0]!.applied;
    },
    async close() {
      await pool.end();
    },
  };
}
