// Applies prisma/migrations/*/migration.sql to a database over plain `pg`: the offline stand-in for
// `prisma migrate deploy`. It keeps Prisma's own `_prisma_migrations` table, checksums and advisory
// lock, so the native CLI stays usable wherever it can be installed. Works on PostgreSQL 15/16 and
// on the embedded PGlite server (one client, never a pool: PGlite serves one connection).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Client } from "pg";

/** Where `npm run db:migrate`, `npm start` and the Docker image (WORKDIR /app) find migrations. */
export const DEFAULT_MIGRATIONS_DIR = resolve(process.cwd(), "prisma/migrations");

// Prisma's own advisory lock key, so this migrator and `prisma migrate deploy` exclude each other too.
const MIGRATION_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export type Migration = { name: string; sql: string; checksum: string };

/** The migrations in `migrationsDir`, in the order they apply (their folder names sort by timestamp). */
export function readMigrations(migrationsDir = DEFAULT_MIGRATIONS_DIR): Migration[] {
  if (!existsSync(migrationsDir)) throw new MigrationError(`No migrations folder at ${migrationsDir}.`);
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = join(migrationsDir, name, "migration.sql");
      // A folder without its script is a half-written migration: applying the rest would skip it.
      if (!existsSync(file)) throw new MigrationError(`Migration folder ${name} has no migration.sql.`, name);
      const bytes = readFileSync(file);
      return { name, sql: bytes.toString("utf8"), checksum: sha256(bytes) };
    });
}

function sha256(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Prisma accepts a script whose line endings git converted (CRLF <-> LF) since it was applied;
 * so do we, so that a Windows checkout does not refuse to start. Any other change is refused.
 */
function matchesChecksum(sql: string, checksum: string): boolean {
  return [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\r?\n/g, "\r\n")].some((variant) => sha256(variant) === checksum);
}

const TRANSACTION_CONTROL = new Set(["BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT"]);
const DOLLAR_QUOTE_TAG = /\$(?:[A-Za-z_]\w*)?\$/y;
const KEYWORD = /[A-Za-z_]+/y;

/**
 * The first transaction-control statement (BEGIN, COMMIT, ...) at the top level of `sql`, if any.
 * Such a statement would end the transaction each migration runs in, so a failure after it could
 * no longer be rolled back. Comments, quoted text and dollar-quoted bodies (plpgsql's BEGIN ... END)
 * are skipped. Prisma's engine writes BEGIN;/COMMIT; around enum rewrites: db:new-migration drops them.
 */
export function findTransactionControl(sql: string): string | null {
  let atStatementStart = true;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const dollarTag = ch === "$" ? matchAt(DOLLAR_QUOTE_TAG, sql, i) : null;
    if (sql.startsWith("--", i)) {
      i = endOf(sql, "\n", i + 2);
    } else if (sql.startsWith("/*", i)) {
      i = endOfBlockComment(sql, i);
    } else if (ch === "'" || ch === '"') {
      // E'...' strings escape quotes with backslashes. Elsewhere a doubled quote ('it''s') reads as
      // two adjacent quoted parts, which this scan treats the same way.
      const backslashEscapes = ch === "'" && /[eE]/.test(sql[i - 1] ?? "") && !/\w/.test(sql[i - 2] ?? "");
      let j = i + 1;
      while (j < sql.length && sql[j] !== ch) j += backslashEscapes && sql[j] === "\\" ? 2 : 1;
      i = j + 1;
      atStatementStart = false;
    } else if (dollarTag) {
      i = endOf(sql, dollarTag, i + dollarTag.length);
      atStatementStart = false;
    } else if (ch === ";") {
      atStatementStart = true;
      i += 1;
    } else if (/\s/.test(ch)) {
      i += 1;
    } else if (atStatementStart) {
      const keyword = matchAt(KEYWORD, sql, i) ?? ch;
      if (TRANSACTION_CONTROL.has(keyword.toUpperCase())) return keyword;
      i += keyword.length;
      atStatementStart = false;
    } else {
      i += 1;
    }
  }
  return null;
}

/** The text a sticky regex matches at `index`, if it does. */
function matchAt(sticky: RegExp, text: string, index: number): string | null {
  sticky.lastIndex = index;
  return sticky.exec(text)?.[0] ?? null;
}

/** The index just after the next `terminator` from `from`, or the end of the text. */
function endOf(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at === -1 ? text.length : at + terminator.length;
}

/** Block comments nest in PostgreSQL. */
function endOfBlockComment(text: string, start: number): number {
  let depth = 0;
  let i = start;
  do {
    if (text.startsWith("/*", i)) {
      depth += 1;
      i += 2;
    } else if (text.startsWith("*/", i)) {
      depth -= 1;
      i += 2;
    } else {
      i += 1;
    }
  } while (depth > 0 && i < text.length);
  return i;
}

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies every pending migration in order, each in its own transaction, under an advisory lock so
 * that two instances starting together do not race. Throws MigrationError, having applied nothing
 * more, when a migration fails, when an applied migration's file was changed afterwards, or when a
 * pending one would break out of its transaction.
 */
export async function applyMigrations(
  connectionString: string,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => undefined);
  const migrations = readMigrations(options.migrationsDir);
  const client = new Client({ connectionString });
  // A dropped connection also fails the query in flight, which reports it; without a listener
  // pg's 'error' event would crash the process instead.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new MigrationError(`Cannot connect to the database to migrate it: ${describe(error)}`, undefined, { cause: error });
  }

  const applied: string[] = [];
  try {
    const { rows: locked } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATION_LOCK_KEY]);
    if (!locked[0].locked) {
      log("Another instance is migrating this database; waiting for it to finish.");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    }
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const pending = pendingMigrations(migrations, rows, log);

    // Refuse before touching anything, rather than after applying half of the list.
    for (const migration of pending) {
      const statement = findTransactionControl(migration.sql);
      if (statement) {
        throw new MigrationError(
          `Migration ${migration.name} contains a top-level ${statement.toUpperCase()} statement. Each migration already runs in ` +
            `one transaction, which that statement would end early; remove it (keep the statements between BEGIN and COMMIT).`,
          migration.name,
        );
      }
    }
    for (const migration of pending) {
      log(`Applying migration ${migration.name}`);
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    // Ending the session releases the advisory lock too; unlocking first is just tidier.
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

function pendingMigrations(migrations: Migration[], rows: MigrationRow[], log: (line: string) => void): Migration[] {
  const onDisk = new Set(migrations.map((migration) => migration.name));
  for (const row of rows) {
    // Only `prisma migrate deploy` leaves this state behind (this migrator records a failed attempt
    // as rolled back): a script that stopped half-way outside a transaction. A person must decide.
    if (row.finished_at === null && row.rolled_back_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} failed earlier and may be partly applied. Repair the database, then mark it with ` +
          `\`prisma migrate resolve --rolled-back ${row.migration_name}\` (or set rolled_back_at in _prisma_migrations).`,
        row.migration_name,
      );
    }
    if (row.finished_at !== null && row.rolled_back_at === null && !onDisk.has(row.migration_name)) {
      log(`Warning: migration ${row.migration_name} is applied to this database but missing from the migrations folder.`);
    }
  }
  const done = new Map(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row.checksum]));
  return migrations.filter((migration) => {
    const checksum = done.get(migration.name);
    if (checksum === undefined) return true;
    if (!matchesChecksum(migration.sql, checksum)) {
      throw new MigrationError(
        `Migration ${migration.name} was changed after it was applied (checksum mismatch). Restore the file as it was and add a new migration instead.`,
        migration.name,
      );
    }
    return false;
  });
}

async function applyOne(client: Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = describe(error, migration.sql);
    // Rolled back as a whole, so recorded as rolled back: once the file is fixed, the next run
    // applies it again (`prisma migrate deploy` treats rolled-back rows the same way).
    await client
      .query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, rolled_back_at, applied_steps_count) VALUES ($1, $2, $3, $4, now(), 0)`,
        [id, migration.checksum, migration.name, reason],
      )
      .catch(() => undefined);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`, migration.name, { cause: error });
  }
}

/** Postgres's message plus the line, detail and hint that locate the problem in the script. */
function describe(error: unknown, sql?: string): string {
  // Duck-typed rather than instanceof Error: socket errors come from another realm under Jest.
  if (typeof error !== "object" || error === null || !("message" in error)) return String(error);
  const { message, position, detail, hint } = error as { message: unknown; position?: unknown; detail?: unknown; hint?: unknown };
  const parts = [String(message)];
  if (sql !== undefined && typeof position === "string" && Number(position) > 0) {
    parts.push(`(line ${sql.slice(0, Number(position) - 1).split("\n").length})`);
  }
  if (typeof detail === "string" && detail) parts.push(`Detail: ${detail}`);
  if (typeof hint === "string" && hint) parts.push(`Hint: ${hint}`);
  return parts.join(" ");
}
