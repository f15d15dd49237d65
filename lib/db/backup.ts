// `npm run backup` / `npm run restore` (scripts/backup.ts, scripts/restore.ts) over a connection
// string. A backup is pg_dump's custom format when an installed pg_dump is at least as new as the
// server (pg_dump refuses newer servers), else our logical backup (lib/db/logical-backup.ts), which
// is always what the embedded PGlite (PostgreSQL 18) gets. The row counts printed with a pg_dump are
// read in the very snapshot pg_dump dumps (pg_export_snapshot), so they describe the file exactly.
// Restore refuses a target holding any row unless forced, and says what it replaces.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from "./migrations/migrate";
import { appliedMigrations, countTables, listTables, loadLogicalBackup, readLogicalBackupHeader, writeLogicalBackup, type TableCounts } from "./logical-backup";

export type BackupMethod = "pg_dump" | "logical";
export type BackupResult = { file: string; method: BackupMethod; counts: TableCounts; notes: string[] };
export type RestoreResult = { method: BackupMethod; replaced: TableCounts; counts: TableCounts; notes: string[] };

type Tool = { path: string; major: number; version: string };

// The embedded server takes one connection and refuses ("Too many connections") a client that
// arrives before it has noticed the previous one leave: such a refusal is retried, briefly.
const RETRIES = 50;
const RETRY_DELAY_MS = 100;
const isRefusal = (error: unknown) => error instanceof Error && /Connection terminated unexpectedly|Too many connections|Cannot connect to the database to migrate/.test(error.message);

async function retryRefused<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= RETRIES || !isRefusal(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

/** A connected client; a refusal by the one-connection embedded server is retried. */
export function connect(url: string): Promise<Client> {
  return retryRefused(async () => {
    const client = new Client({ connectionString: url });
    client.on("error", () => undefined);
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  });
}

const migrate = (url: string, options: { migrationsDir?: string } = {}) => retryRefused(() => applyMigrations(url, options));

async function serverMajor(client: Client): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
  const { rows: text } = await client.query<{ server_version: string }>("SHOW server_version");
  return { major: Math.floor(Number(rows[0].server_version_num) / 10000), version: text[0].server_version };
}

/** Every pg_dump (or pg_restore) we can find: $PG_DUMP / $PG_RESTORE, Debian's versioned folders, the PATH. */
export function findTools(name: "pg_dump" | "pg_restore"): Tool[] {
  const candidates = new Set<string>();
  const configured = process.env[name === "pg_dump" ? "PG_DUMP" : "PG_RESTORE"];
  if (configured) candidates.add(configured);
  for (const root of ["/usr/lib/postgresql", "/usr/local/pgsql"]) {
    if (!existsSync(root)) continue;
    for (const version of readdirSync(root)) candidates.add(join(root, version, "bin", name));
  }
  for (const dir of (process.env.PATH ?? "").split(":")) if (dir) candidates.add(join(dir, name));
  const tools: Tool[] = [];
  const seen = new Set<string>();
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    try {
      const version = execFileSync(path, ["--version"], { encoding: "utf8" }).trim();
      const major = Number(/(\d+)(?:\.\d+)?/.exec(version.replace(/^\D+/, ""))?.[1]);
      if (!major || seen.has(version)) continue;
      seen.add(version);
      tools.push({ path, major, version });
    } catch {
      // Not runnable: skip it.
    }
  }
  return tools.sort((a, b) => b.major - a.major);
}

/** A file name that sorts by time and never collides with an earlier one. */
export function backupFileName(method: BackupMethod, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return `counterclaim-${stamp}.${method === "pg_dump" ? "dump" : "ndjson.gz"}`;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}: ${stderr.trim()}`))));
  });
}

/**
 * Backs up the database at `url` into `dir`. `method` forces one; by default pg_dump when one fits
 * the server, else the logical backup with a note saying why.
 */
export async function backupDatabase(url: string, dir: string, options: { method?: BackupMethod } = {}): Promise<BackupResult> {
  // A backup holds every account's password hash: readable by its owner only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const notes: string[] = [];
  const client = await connect(url);
  try {
    const server = await serverMajor(client);
    let tool: Tool | undefined;
    if (options.method !== "logical") {
      const tools = findTools("pg_dump");
      tool = tools.find((t) => t.major >= server.major);
      if (!tool) {
        const found = tools.length ? tools.map((t) => t.version).join(", ") : "no pg_dump";
        const message = `Version mismatch: the server is PostgreSQL ${server.version} and the newest pg_dump here is ${found}; pg_dump cannot dump a newer server (install the PostgreSQL ${server.major} client tools, or set PG_DUMP).`;
        if (options.method === "pg_dump") throw new Error(message);
        notes.push(`${message} Wrote a logical backup instead; \`npm run restore\` reads it.`);
      } else if (tool.major !== server.major) {
        notes.push(`pg_dump ${tool.major} against PostgreSQL ${server.major}: a newer pg_dump reads older servers; restore it with pg_restore ${tool.major} or newer.`);
      }
    }
    if (!tool) {
      const file = join(dir, backupFileName("logical"));
      const { counts } = await writeLogicalBackup(client, file);
      return { file, method: "logical", counts, notes };
    }
    const file = join(dir, backupFileName("pg_dump"));
    // The counts and the dump come from one snapshot, held open by this transaction.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    try {
      const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      const counts = await countTables(client);
      await run(tool.path, ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0].snapshot}`, `--file=${file}`, `--dbname=${url}`]);
      chmodSync(file, 0o600);
      notes.push(`Dumped with ${tool.version}.`);
      return { file, method: "pg_dump", counts, notes };
    } finally {
      await client.query("ROLLBACK").catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function detectBackupMethod(file: string): BackupMethod {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "pg_dump";
  if (head[0] === 0x1f && head[1] === 0x8b) return "logical";
  throw new Error(`${file} is neither a pg_dump custom-format file nor a Counterclaim logical backup.`);
}

function nonEmpty(counts: TableCounts): TableCounts {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** Applies only the first `names` migrations (those the backup's schema had). */
async function migrateTo(url: string, names: string[]): Promise<void> {
  const all = readMigrations().map((m) => m.name);
  if (names.some((name, i) => all[i] !== name)) {
    throw new Error(`The backup's schema (migrations up to ${names.at(-1) ?? "none"}) is not an earlier state of this version's migrations: restore it with the Counterclaim version that wrote it.`);
  }
  const dir = mkdtempSync(join(tmpdir(), "counterclaim-migrations-"));
  try {
    for (const name of names) cpSync(join(DEFAULT_MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
    await migrate(url, { migrationsDir: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Restores `file` into the database at `url`. Refuses a target with rows unless `force`; then the
 * result's `replaced` lists what was there. A logical backup is loaded at the schema it was taken
 * at and the newer migrations applied on top, as at an upgrade.
 */
export async function restoreDatabase(url: string, file: string, options: { force?: boolean; embedded?: boolean } = {}): Promise<RestoreResult> {
  const method = detectBackupMethod(file);
  if (method === "pg_dump" && options.embedded) {
    // Checked with PGlite 0.5.14: pg_restore's COPY of the first table's rows fails ("unexpected EOF on client connection").
    throw new Error("A pg_dump file cannot be restored into the embedded database (its server does not take COPY from a client). Restore it into a PostgreSQL server, or take a logical backup there (`npm run backup -- --logical`) and restore that.");
  }
  const notes: string[] = [];
  // One client at a time, closed before the migrator connects: the embedded server takes one.
  const withClient = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = await connect(url);
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const { replaced, hasTables, applied } = await withClient(async (client) => ({
    replaced: nonEmpty(await countTables(client)),
    hasTables: (await listTables(client)).length > 0,
    applied: await appliedMigrations(client),
  }));
  if (Object.keys(replaced).length && !options.force) {
    const list = Object.entries(replaced).map(([table, n]) => `${table} ${n}`).join(", ");
    throw new Error(`The target database is not empty (${list}). Restore into an empty database, or pass --force to replace its data.`);
  }
  if (method === "pg_dump") {
    const tool = findTools("pg_restore")[0];
    if (!tool) throw new Error("No pg_restore found (install the PostgreSQL client tools, or set PG_RESTORE).");
    // --clean replaces the tables the dump holds (a migrated target has them, empty or forced).
    await run(tool.path, ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", ...(hasTables ? ["--clean", "--if-exists"] : []), `--dbname=${url}`, file]);
    notes.push(`Restored with ${tool.version}.`);
  } else {
    const header = await readLogicalBackupHeader(file);
    const extra = applied.filter((name) => !header.migrations.includes(name));
    // The rows must be loaded at the schema they were taken at; a newer schema may have moved them.
    if (extra.length) throw new Error(`The target is migrated past the backup (${extra.join(", ")}): restore into a new, unmigrated database.`);
    await migrateTo(url, header.migrations);
    await withClient((client) => loadLogicalBackup(client, file, { truncateFirst: Object.keys(replaced).length > 0 }));
    const { applied: upgraded } = await migrate(url);
    if (upgraded.length) notes.push(`Applied ${upgraded.length} newer migration(s) after loading: ${upgraded.join(", ")}.`);
  }
  return { method, replaced, counts: await withClient((client) => countTables(client)), notes };
}
