// Migrations: a fresh database ends up exactly at schema.prisma (the drift test), and every failure is
// loud and leaves nothing half-done. On a real server Prisma's engine diffs the migrated database
// against schema.prisma; the engine cannot introspect the embedded PGlite (PostgreSQL 18), so there,
// and as a second opinion everywhere, the catalogs are compared with a database built straight from
// the SQL the engine generates for schema.prisma.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, MigrationError, readMigrations } from "@/lib/db/migrations/migrate";
import { diffSchema } from "@/lib/db/migrations/schema-engine";
import { schemaSnapshot } from "../helpers/schema-snapshot";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const SCHEMA = resolve("prisma/schema.prisma");
const ALL_MIGRATIONS = readMigrations().map((migration) => migration.name);
const created: TestDatabase[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  for (const database of created) await database.drop();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** An empty database (no migrations applied), dropped after the file. */
async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrated: false });
  created.push(database);
  return database;
}

async function query<T extends object = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of the real migrations folder, plus extra migrations written into it. */
function migrationsWith(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "cc-migrations-"));
  tempDirs.push(dir);
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

/** A database built straight from schema.prisma by the engine, without our migrations. */
async function databaseFromSchema(): Promise<string> {
  const { url } = await emptyDatabase();
  const { sql } = await diffSchema({ connectionString: url, schemaPath: SCHEMA, from: "empty" });
  await query(url, sql);
  return url;
}

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; logs: string | null };
const migrationRows = (url: string) =>
  query<MigrationRow>(url, `SELECT migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at, migration_name`);

it("takes an empty database exactly to schema.prisma, and applies nothing the second time", async () => {
  const database = await emptyDatabase();
  expect((await applyMigrations(database.url)).applied).toEqual(ALL_MIGRATIONS);

  if (!database.embedded) {
    const diff = await diffSchema({ connectionString: database.url, schemaPath: SCHEMA, from: "database" });
    expect(diff).toEqual({ exitCode: 0, changed: false, sql: expect.stringContaining("empty migration") });
  }
  const expected = await schemaSnapshot(await databaseFromSchema());
  expect(expected.columns.length).toBeGreaterThan(50);
  expect(await schemaSnapshot(database.url)).toEqual(expected);

  expect((await applyMigrations(database.url)).applied).toEqual([]);
});

it("notices drift: a database that differs from schema.prisma does not pass", async () => {
  const database = await emptyDatabase();
  await applyMigrations(database.url);
  await query(database.url, `ALTER TABLE "Actor" DROP COLUMN "description"; CREATE INDEX "stray" ON "Claim" ("note")`);

  if (!database.embedded) {
    const diff = await diffSchema({ connectionString: database.url, schemaPath: SCHEMA, from: "database" });
    expect(diff.exitCode).toBe(2);
    expect(diff.sql).toMatch(/ADD COLUMN\s+"description"/);
    expect(diff.sql).toMatch(/DROP INDEX ("public"\.)?"stray"/);
  }
  const actual = await schemaSnapshot(database.url);
  const expected = await schemaSnapshot(await databaseFromSchema());
  expect(expected.columns.filter((column) => !actual.columns.includes(column))).toEqual([expect.stringContaining('"column_name":"description"')]);
  expect(actual.indexes.filter((index) => !expected.indexes.includes(index))).toEqual([expect.stringContaining('"indexname":"stray"')]);
});

it("fails loudly on a broken migration, rolls it back entirely, and applies it once it is fixed", async () => {
  const { url } = await emptyDatabase();
  const broken = "29990101000000_broken";
  const dir = migrationsWith({ [broken]: `CREATE TABLE "HalfWritten" (id int);\n\nINSERT INTO "HalfWritten" (id) VALUES (no_such_function());\n` });

  const failure = await applyMigrations(url, { migrationsDir: dir }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(MigrationError);
  expect(failure).toMatchObject({ migration: broken });
  expect(String(failure)).toMatch(/29990101000000_broken failed and was rolled back: function no_such_function\(\) does not exist \(line 3\) Hint: /);

  expect(await query(url, `SELECT to_regclass('"HalfWritten"') AS t`)).toEqual([{ t: null }]);
  const rows = await migrationRows(url);
  expect(rows.filter((row) => row.finished_at !== null).map((row) => row.migration_name)).toEqual(ALL_MIGRATIONS);
  expect(rows.filter((row) => row.migration_name === broken)).toEqual([
    { migration_name: broken, finished_at: null, rolled_back_at: expect.any(Date), logs: expect.stringContaining("no_such_function") },
  ]);

  // Still broken: it fails again rather than being skipped.
  await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(MigrationError);
  writeFileSync(join(dir, broken, "migration.sql"), `CREATE TABLE "HalfWritten" (id int);\n`);
  expect((await applyMigrations(url, { migrationsDir: dir })).applied).toEqual([broken]);
  expect(await query(url, `SELECT to_regclass('"HalfWritten"')::text AS t`)).toEqual([{ t: '"HalfWritten"' }]);
});

it("refuses to go on when an applied migration's file was changed, but not for line endings alone", async () => {
  const { url } = await emptyDatabase();
  const dir = migrationsWith();
  await applyMigrations(url, { migrationsDir: dir });
  const file = join(dir, ALL_MIGRATIONS[0], "migration.sql");
  const original = readFileSync(file, "utf8");

  // What git's autocrlf does to a checkout on Windows; Prisma accepts it too.
  writeFileSync(file, original.replace(/\n/g, "\r\n"));
  expect((await applyMigrations(url, { migrationsDir: dir })).applied).toEqual([]);

  writeFileSync(file, original + "\n-- edited afterwards\n");
  await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(new RegExp(`${ALL_MIGRATIONS[0]} was changed after it was applied`));
});

it("refuses a migration that would end its own transaction, before applying anything", async () => {
  const { url } = await emptyDatabase();
  const dir = migrationsWith({
    "29990101000000_trigger": `CREATE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n`,
    "29990102000000_own_transaction": `-- AlterEnum\nBEGIN;\nALTER TYPE "Role" RENAME VALUE 'ADMIN' TO 'OWNER';\nCOMMIT;\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n`,
  });
  await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/29990102000000_own_transaction contains a top-level BEGIN statement/);
  expect(await migrationRows(url)).toEqual([]);

  // A function body's BEGIN ... END is not transaction control.
  rmSync(join(dir, "29990102000000_own_transaction"), { recursive: true });
  expect((await applyMigrations(url, { migrationsDir: dir })).applied).toEqual([...ALL_MIGRATIONS, "29990101000000_trigger"]);
});

it("stops at a migration that `prisma migrate deploy` left failed, until someone resolves it", async () => {
  const { url } = await emptyDatabase();
  await applyMigrations(url);
  await query(url, `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ('x', 'y', '29990101000000_half_done', 'boom')`);
  await expect(applyMigrations(url)).rejects.toThrow(/29990101000000_half_done failed earlier and may be partly applied/);

  await query(url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = 'x'`);
  expect((await applyMigrations(url)).applied).toEqual([]);
});

it("lets two instances migrate one database at once: each migration is applied exactly once", async () => {
  const database = await emptyDatabase();
  const results = await Promise.allSettled([applyMigrations(database.url), applyMigrations(database.url)]);
  if (database.embedded) {
    // The embedded server gives its single session to one client: a second concurrent client is
    // refused at connect, loudly, and the first migrates alone.
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  } else {
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
  }
  const applied = results.flatMap((result) => (result.status === "fulfilled" ? result.value.applied : []));
  expect(applied.sort()).toEqual([...ALL_MIGRATIONS].sort());
  const rows = await migrationRows(database.url);
  expect(rows.map((row) => row.migration_name).sort()).toEqual([...ALL_MIGRATIONS].sort());
  expect(rows.every((row) => row.finished_at !== null)).toBe(true);
});

it("fails with a clear message when the database cannot be reached", async () => {
  await expect(applyMigrations("postgresql://postgres@127.0.0.1:1/nothing")).rejects.toThrow(/Cannot connect to the database to migrate it/);
});
