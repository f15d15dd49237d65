// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes a database with every existing migration applied to prisma/schema.prisma.
// Needs a PostgreSQL server for a scratch database (MIGRATION_SCRATCH_URL, else the local one).
import { mkdirSync, existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../lib/db/migrations/migrate";
import { diffSchema } from "../lib/db/migrations/schema-engine";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>   (e.g. add_article_archive)");
  process.exit(1);
}

const serverUrl = process.env.MIGRATION_SCRATCH_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const scratchName = `cc_migration_scratch_${process.pid}`;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${scratchName}"`);
  try {
    const scratchUrl = withDatabase(serverUrl, scratchName);
    if (existsSync(DEFAULT_MIGRATIONS_DIR)) await applyMigrations(scratchUrl);
    const diff = await diffSchema({ connectionString: scratchUrl, schemaPath: resolve("prisma/schema.prisma"), from: "database" });
    if (!diff.changed) {
      console.log("No changes: the migrations already produce prisma/schema.prisma.");
      return;
    }
    const folder = join(DEFAULT_MIGRATIONS_DIR, `${timestamp()}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "migration.sql"), diff.sql);
    const lockFile = join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml");
    if (!existsSync(lockFile)) writeFileSync(lockFile, '# Written by npm run db:new-migration. Do not edit.\nprovider = "postgresql"\n');
    console.log(`Wrote ${join(folder, "migration.sql")}. Review it, then commit it.`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
