// Applies prisma/migrations/*/migration.sql to a database over plain `pg`: the offline stand-in
// for `prisma migrate deploy`, recorded in Prisma's own `_prisma_migrations` table so that the
// native CLI stays usable wherever it can be installed. Works on PostgreSQL 15/16 and on the
// embedded PGlite server (a single connection, no pool).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Client } from "pg";

export const DEFAULT_MIGRATIONS_DIR = resolve(process.cwd(), "prisma/migrations");

// Prisma's own advisory lock key, so our migrator and `prisma migrate deploy` exclude each other.
const MIGRATION_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(migrationsDir = DEFAULT_MIGRATIONS_DIR): Migration[] {
  if (!existsSync(migrationsDir)) throw new MigrationError(`No migrations folder at ${migrationsDir}.`);
  return readdirSync(migrationsDir)
    .filter((name) => statSync(join(migrationsDir, name)).isDirectory() && existsSync(join(migrationsDir, name, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string };

/**
 * Applies every pending migration, each in its own transaction, under an advisory lock so that two
 * instances starting together do not race. Throws MigrationError (and applies nothing more) when a
 * migration fails or an applied migration's file was changed afterwards.
 */
export async function applyMigrations(connectionString: string, options: { migrationsDir?: string; log?: (line: string) => void } = {}): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => undefined);
  const migrations = readMigrations(options.migrationsDir);
  const client = new Client({ connectionString });
  await client.connect().catch((error: unknown) => {
    throw new MigrationError(`Cannot connect to the database to migrate it: ${error instanceof Error ? error.message : String(error)}`);
  });
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<AppliedRow>(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));

    for (const migration of migrations) {
      const appliedChecksum = done.get(migration.name);
      if (appliedChecksum !== undefined) {
        if (appliedChecksum !== migration.checksum) {
          throw new MigrationError(`Migration ${migration.name} was changed after it was applied. Restore the file and add a new migration instead.`, migration.name);
        }
        continue;
      }
      log(`Applying migration ${migration.name}`);
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

async function applyOne(client: Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`, [id, migration.checksum, migration.name]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    // Recorded as failed and rolled back: nothing of it remains, and once the file is fixed the
    // next start applies it again (Prisma treats rolled-back migrations the same way).
    await client
      .query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, rolled_back_at, applied_steps_count) VALUES ($1, $2, $3, $4, now(), 0)`, [id, migration.checksum, migration.name, reason])
      .catch(() => undefined);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`, migration.name);
  }
}
