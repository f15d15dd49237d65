// A fresh, migrated database per caller, never the app's own. The server is TEST_DATABASE_URL if
// set, else the local PostgreSQL at 127.0.0.1:5432 if it answers, else an embedded PGlite.
// On a real server a migrated template is built once per set of migrations and cloned (fast);
// the embedded fallback starts one in-memory PGlite per database (it serves a single database).
import { createHash, randomBytes } from "node:crypto";
import { Client } from "pg";
import { applyMigrations, readMigrations } from "../../lib/db/migrations/migrate";
import { spawnEmbeddedPostgres } from "./embedded-server-process";

export type TestDatabase = { url: string; embedded: boolean; drop(): Promise<void> };

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const TEMPLATE_LOCK_KEY = 72736502;

let serverChoice: Promise<string | null> | undefined;

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The real server to use, or null for the embedded fallback. Decided once per process. */
function chooseServer(): Promise<string | null> {
  serverChoice ??= (async () => {
    // TEST_DATABASE_URL=embedded forces the fallback, to check it works where a server is running.
    if (process.env.TEST_DATABASE_URL === "embedded") return null;
    if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
    return (await answers(LOCAL_SERVER)) ? LOCAL_SERVER : null;
  })();
  return serverChoice;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const migration of readMigrations()) hash.update(`${migration.name}:${migration.checksum}\n`);
  return hash.digest("hex").slice(0, 16);
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const template = `cc_test_tpl_${migrationsHash()}`;
  const name = `cc_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // Parallel Jest workers build the template once between them, and never clone it half-built.
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.query(`CREATE DATABASE "${building}"`);
      await applyMigrations(withDatabase(serverUrl, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]).catch(() => undefined);
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    embedded: false,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function createEmbedded(): Promise<TestDatabase> {
  const server = await spawnEmbeddedPostgres();
  await applyMigrations(server.url);
  return { url: server.url, embedded: true, drop: () => server.stop() };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = await chooseServer();
  return serverUrl ? createOnServer(serverUrl) : createEmbedded();
}
