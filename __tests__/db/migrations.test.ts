// Migrations: a fresh database ends up exactly at schema.prisma; failures are loud and leave nothing.
// The schema check compares the catalogs of a database built by our migrations with one built from
// the SQL Prisma's engine generates for schema.prisma from nothing (no introspection needed, so it
// runs on the embedded PostgreSQL too).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, MigrationError, readMigrations } from "@/lib/db/migrations/migrate";
import { diffSchema } from "@/lib/db/migrations/schema-engine";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { schemaSnapshot } from "../helpers/schema-snapshot";

const SCHEMA = resolve("prisma/schema.prisma");
const created: TestDatabase[] = [];
const tempDirs: string[] = [];

/** An empty database: a test database with its schema wiped, so every migration is pending. */
async function emptyDatabase(): Promise<string> {
  const database = await createTestDatabase();
  created.push(database);
  await query(database.url, `DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  return database.url;
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

function copyOfMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), "cc-migrations-"));
  tempDirs.push(dir);
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

afterAll(async () => {
  for (const database of created) await database.drop();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A database built straight from schema.prisma, without our migrations. */
async function databaseFromSchema(): Promise<string> {
  const url = await emptyDatabase();
  const { sql } = await diffSchema({ connectionString: url, schemaPath: SCHEMA, from: "empty" });
  await query(url, sql);
  return url;
}

it("takes an empty database exactly to schema.prisma, and applies nothing the second time", async () => {
  const migrated = await emptyDatabase();
  const first = await applyMigrations(migrated);
  expect(first.applied).toEqual(readMigrations().map((migration) => migration.name));
  const expected = await schemaSnapshot(await databaseFromSchema());
  expect(expected.columns.length).toBeGreaterThan(50);
  expect(await schemaSnapshot(migrated)).toEqual(expected);
  expect((await applyMigrations(migrated)).applied).toEqual([]);
});

it("detects drift: a schema that differs from schema.prisma does not compare equal", async () => {
  const migrated = await emptyDatabase();
  await applyMigrations(migrated);
  await query(migrated, `ALTER TABLE "Actor" DROP COLUMN "description"; CREATE INDEX "stray" ON "Claim" ("note")`);
  const actual = await schemaSnapshot(migrated);
  const expected = await schemaSnapshot(await databaseFromSchema());
  expect(expected.columns.filter((column) => !actual.columns.includes(column))).toEqual([expect.stringContaining('"column_name":"description"')]);
  expect(actual.indexes.filter((index) => !expected.indexes.includes(index))).toEqual([expect.stringContaining('"indexname":"stray"')]);
});

it("fails loudly on a broken migration, rolls it back entirely and records it as not finished", async () => {
  const url = await emptyDatabase();
  const dir = copyOfMigrations();
  mkdirSync(join(dir, "29990101000000_broken"));
  writeFileSync(join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "HalfWritten" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;`);

  await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(MigrationError);
  await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/29990101000000_broken failed and was rolled back: relation "NoSuchTable" does not exist/);
  expect(await query(url, `SELECT to_regclass('"HalfWritten"') AS t`)).toEqual([{ t: null }]);
  const rows = await query<{ migration_name: string; finished_at: Date | null }>(url, `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY started_at`);
  expect(rows.filter((row) => row.finished_at !== null).map((row) => row.migration_name)).toEqual(readMigrations().map((migration) => migration.name));
  expect(rows.filter((row) => row.migration_name === "29990101000000_broken").every((row) => row.finished_at === null)).toBe(true);
});

it("refuses to go on when an applied migration's file was changed", async () => {
  const url = await emptyDatabase();
  const dir = copyOfMigrations();
  await applyMigrations(url, { migrationsDir: dir });
  const [first] = readMigrations(dir);
  const file = join(dir, first.name, "migration.sql");
  writeFileSync(file, readFileSync(file, "utf8") + "\n-- edited afterwards\n");
  await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/was changed after it was applied/);
});

it("lets two instances migrate one database at once: each migration is applied exactly once", async () => {
  const database = await createTestDatabase();
  created.push(database);
  await query(database.url, `DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  const results = await Promise.allSettled([applyMigrations(database.url), applyMigrations(database.url)]);
  if (database.embedded) {
    // The embedded server is one process's own database with a single session: a second
    // concurrent client is refused loudly, and the first migrates alone.
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  } else {
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
  }
  const applied = results.flatMap((result) => (result.status === "fulfilled" ? result.value.applied : []));
  expect(applied.sort()).toEqual(readMigrations().map((migration) => migration.name).sort());
  const counts = await query<{ migration_name: string; n: string }>(database.url, `SELECT migration_name, count(*) AS n FROM "_prisma_migrations" GROUP BY migration_name`);
  expect(counts.every((row) => row.n === "1")).toBe(true);
});

it("fails with a clear message when the database cannot be reached", async () => {
  await expect(applyMigrations("postgresql://postgres@127.0.0.1:1/nothing")).rejects.toThrow(/Cannot connect to the database to migrate it/);
});
