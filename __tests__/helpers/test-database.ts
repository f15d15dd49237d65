// A fresh database per caller, never the app's own. The server is TEST_DATABASE_URL if set, else the
// local PostgreSQL at 127.0.0.1:5432 if it answers, else an embedded PGlite (decided once per process).
// On a real server, a migrated template is built once per set of migrations and cloned, which is
// much faster than migrating each database. PGlite accepts CREATE DATABASE but its server ignores
// the database name a client asks for (everyone lands in "postgres"), so there each test database
// is a PGlite of its own in a child process (Jest cannot load PGlite in-process), started from a
// copy of a migrated data folder built once: that skips initdb and the migrations.
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Client } from "pg";
import { applyMigrations, readMigrations } from "../../lib/db/migrations/migrate";
import { spawnEmbeddedPostgres } from "./embedded-server-process";

export type TestDatabase = { url: string; embedded: boolean; drop(): Promise<void> };

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const TEMPLATE_PREFIX = "cc_test_tpl_";
// Serialises template builds between parallel Jest workers (advisory locks are per server database,
// and every worker takes it while connected to the same one).
const TEMPLATE_LOCK_KEY = 72736502;

let serverChoice: Promise<string | null> | undefined;

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => undefined);
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
    const configured = process.env.TEST_DATABASE_URL;
    // TEST_DATABASE_URL=embedded forces the fallback, to check it where a server is running.
    if (configured === "embedded") return null;
    // A configured server that does not answer is an error below, not a reason to fall back.
    if (configured) return configured;
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

/** Names the template after the migrations it holds, so a changed migration gets a new template. */
function templateName(): string {
  return `${TEMPLATE_PREFIX}${migrationsHash()}`;
}

async function connectAdmin(serverUrl: string): Promise<Client> {
  const client = new Client({ connectionString: serverUrl });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new Error(`The test PostgreSQL server at ${new URL(serverUrl).host} does not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Builds the migrated template unless it exists. The caller holds TEMPLATE_LOCK_KEY. */
async function ensureTemplate(admin: Client, serverUrl: string, template: string): Promise<void> {
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
  if (exists.rowCount) return;
  // Templates of older migrations, and half-built ones a killed run left behind.
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [TEMPLATE_PREFIX]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  // Built under another name and renamed when complete, so nobody ever clones a half-built one.
  const building = `${template}_building`;
  await admin.query(`CREATE DATABASE "${building}"`);
  await applyMigrations(withDatabase(serverUrl, building));
  await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
}

async function createOnServer(serverUrl: string, migrated: boolean): Promise<TestDatabase> {
  const name = `cc_test_${randomBytes(6).toString("hex")}`;
  const admin = await connectAdmin(serverUrl);
  try {
    if (migrated) {
      const template = templateName();
      await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
      try {
        await ensureTemplate(admin, serverUrl, template);
        // Inside the lock too: cloning fails while another session is connected to the template.
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      } finally {
        await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
      }
    } else {
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    embedded: false,
    async drop() {
      const client = await connectAdmin(serverUrl);
      try {
        // FORCE terminates connections a test left open (a pool not yet closed, a stuck client).
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

// Shared by the Jest workers of a run and kept between runs: templates are keyed by what they hold.
const EMBEDDED_ROOT = join(tmpdir(), "counterclaim-test-pglite");
const embeddedTemplates = new Map<string, Promise<string>>();
let sweptEmbeddedLeftovers = false;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === "object" && error !== null && "code" in error && error.code === "EPERM";
  }
}

/** Folders of test databases whose process died before drop(); named <kind>_<pid>_<random>. */
function sweepEmbeddedLeftovers(): void {
  if (sweptEmbeddedLeftovers) return;
  sweptEmbeddedLeftovers = true;
  for (const entry of readdirSync(EMBEDDED_ROOT)) {
    const pid = Number(/^(?:db|building)_(\d+)_/.exec(entry)?.[1]);
    if (pid && !isAlive(pid)) rmSync(join(EMBEDDED_ROOT, entry), { recursive: true, force: true });
  }
}

/** A cleanly stopped PGlite data folder, migrated or empty, built once and then only copied. */
function embeddedTemplate(migrated: boolean): Promise<string> {
  const pglite = JSON.parse(readFileSync(join(dirname(require.resolve("@electric-sql/pglite")), "../package.json"), "utf8")) as { version: string };
  const key = `tpl_${pglite.version}_${migrated ? migrationsHash() : "empty"}`;
  const existing = embeddedTemplates.get(key);
  if (existing) return existing;
  const building = (async () => {
    const dir = join(EMBEDDED_ROOT, key);
    if (existsSync(join(dir, "PG_VERSION"))) return dir;
    const scratch = join(EMBEDDED_ROOT, `building_${process.pid}_${randomBytes(4).toString("hex")}`);
    const server = await spawnEmbeddedPostgres({ dataDir: scratch });
    try {
      if (migrated) await applyMigrations(server.url);
    } finally {
      // Stopping closes PGlite, which flushes the folder: only a stopped folder may be copied.
      await server.stop();
    }
    try {
      // Atomic: a parallel worker either sees the finished template or none.
      renameSync(scratch, dir);
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true });
      if (!existsSync(join(dir, "PG_VERSION"))) throw error;
    }
    return dir;
  })();
  embeddedTemplates.set(key, building);
  return building;
}

async function createEmbedded(migrated: boolean): Promise<TestDatabase> {
  mkdirSync(EMBEDDED_ROOT, { recursive: true });
  sweepEmbeddedLeftovers();
  const dataDir = join(EMBEDDED_ROOT, `db_${process.pid}_${randomBytes(6).toString("hex")}`);
  cpSync(await embeddedTemplate(migrated), dataDir, { recursive: true });
  const server = await spawnEmbeddedPostgres({ dataDir }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: server.url,
    embedded: true,
    async drop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A new database with every migration applied (or, with `migrated: false`, an empty one), and
 * drop() to remove it. `embedded` says it is a PGlite: one connection at a time.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const serverUrl = await chooseServer();
  return serverUrl ? createOnServer(serverUrl, migrated) : createEmbedded(migrated);
}
