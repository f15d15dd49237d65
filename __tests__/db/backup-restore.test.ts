// npm run backup / restore (lib/db/backup.ts) against real PostgreSQL: a populated database is
// backed up (pg_dump where one fits the server, and our logical format), restored into a fresh
// database, and compared table by table (row counts and a checksum of every row) and by the
// claims' checksum. A non-empty target is refused unless forced; a truncated backup restores nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { Client } from "pg";
import { disconnectDb } from "@/lib/db/client";
import { backupDatabase, connect, findTools, restoreDatabase, type BackupMethod } from "@/lib/db/backup";
import { countTables, listTables } from "@/lib/db/logical-backup";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { CLAIMS_CHECKSUM_SQL, seedInstallation } from "../factories/installation";

const source = setUpTestDatabase();
const dir = mkdtempSync(join(tmpdir(), "counterclaim-backup-test-"));
const targets: TestDatabase[] = [];

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  // Retries the embedded server's refusal of a client that comes just after another left.
  const client = await connect(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Per table: its row count and an md5 over every row's JSON, in a stable order. */
function fingerprint(url: string) {
  return withClient(url, async (client) => {
    const tables: Record<string, { rows: number; md5: string | null }> = {};
    for (const table of await listTables(client)) {
      const { rows } = await client.query<{ n: string; md5: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(row_to_json(t)::text, ',' ORDER BY row_to_json(t)::text)) AS md5 FROM "${table.name}" t`,
      );
      tables[table.name] = { rows: Number(rows[0].n), md5: rows[0].md5 };
    }
    const { rows } = await client.query<{ checksum: string }>(CLAIMS_CHECKSUM_SQL);
    return { tables, claims: rows[0].checksum };
  });
}

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrated: false });
  targets.push(database);
  return database;
}

async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (client) => Math.floor(Number((await client.query<{ server_version_num: string }>("SHOW server_version_num")).rows[0].server_version_num) / 10000));
}

let original: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  await seedInstallation();
  // The embedded server takes one connection: the app's pool must let go of it.
  await disconnectDb();
  original = await fingerprint(source.url());
});

afterAll(async () => {
  for (const target of targets) await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

test("the seeded installation has rows in every table a desk fills", () => {
  for (const table of ["Actor", "Article", "ArticleRevision", "AuditEvent", "Claim", "ClaimAnchor", "ClaimLink", "DeskSettings", "Evidence", "PageSnapshot", "Rating", "SuggestionDecision", "User", "Verdict", "VerdictEvent", "_VerdictReliesOnEvidence", "_VerdictReliesOnLink"]) {
    expect([table, original.tables[table]?.rows ?? 0]).not.toEqual([table, 0]);
  }
  expect(original.claims).toMatch(/^[0-9a-f]{32}$/);
});

test("by default pg_dump is used exactly when one is at least as new as the server, else a logical backup with the mismatch named", async () => {
  const major = await serverMajor(source.url());
  const fits = findTools("pg_dump").some((tool) => tool.major >= major);
  const result = await backupDatabase(source.url(), dir);
  expect(result.method).toBe(fits ? "pg_dump" : "logical");
  if (!fits) expect(result.notes.join(" ")).toMatch(new RegExp(`Version mismatch: the server is PostgreSQL ${major}`));
  expect(result.file.startsWith(dir)).toBe(true);
  expect(result.file).toMatch(/counterclaim-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.(dump|ndjson\.gz)$/);
  expect(result.counts).toEqual(Object.fromEntries(Object.entries(original.tables).map(([table, { rows }]) => [table, rows])));
});

async function roundTrip(method: BackupMethod) {
  const backup = await backupDatabase(source.url(), dir, { method });
  expect(backup.method).toBe(method);
  const target = await freshDatabase();
  const restored = await restoreDatabase(target.url, backup.file);
  expect(restored.replaced).toEqual({});
  expect(await fingerprint(target.url)).toEqual(original);
  return { backup, target };
}

test("a logical backup restores into a fresh database with the same rows, row for row", async () => {
  await roundTrip("logical");
});

test("a pg_dump backup restores the same way, or is refused with the version mismatch when no pg_dump fits the server", async () => {
  const major = await serverMajor(source.url());
  if (findTools("pg_dump").some((tool) => tool.major >= major)) {
    await roundTrip("pg_dump");
  } else {
    await expect(backupDatabase(source.url(), dir, { method: "pg_dump" })).rejects.toThrow(/Version mismatch/);
  }
});

test("a non-empty target is refused unless --force, which says what it replaced", async () => {
  const { backup, target } = await roundTrip("logical");
  await expect(restoreDatabase(target.url, backup.file)).rejects.toThrow(/not empty \(.*Claim 3.*\)/);
  expect(await fingerprint(target.url)).toEqual(original);
  const forced = await restoreDatabase(target.url, backup.file, { force: true });
  expect(forced.replaced.Claim).toBe(3);
  expect(forced.replaced.ApiToken).toBeUndefined();
  expect(await fingerprint(target.url)).toEqual(original);
});

test("a truncated backup restores nothing", async () => {
  const backup = await backupDatabase(source.url(), dir, { method: "logical" });
  const lines = gunzipSync(readFileSync(backup.file)).toString("utf8").trimEnd().split("\n");
  const truncated = join(dir, "truncated.ndjson.gz");
  writeFileSync(truncated, gzipSync(lines.slice(0, -1).join("\n") + "\n"));
  const target = await freshDatabase();
  await expect(restoreDatabase(target.url, truncated)).rejects.toThrow(/ends early/);
  const counts = await withClient(target.url, (client) => countTables(client));
  expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  expect(Object.keys(counts)).toContain("Claim");
});

test("a pg_dump file is refused for the embedded database, whose server cannot take pg_restore's COPY", async () => {
  const dump = join(dir, "fake.dump");
  writeFileSync(dump, "PGDMP\u0001\u000f");
  const target = await freshDatabase();
  await expect(restoreDatabase(target.url, dump, { embedded: true })).rejects.toThrow(/cannot be restored into the embedded database/);
});
