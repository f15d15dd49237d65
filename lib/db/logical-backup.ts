// A backup of our own, table by table, for servers no installed pg_dump can read (the embedded PGlite
// is PostgreSQL 18; Debian 12 ships pg_dump 15, which refuses newer servers). Plain `pg`, one client,
// so it works on PGlite's single connection too. The file is gzipped JSON lines: a header (tables,
// columns, the migrations the schema was at), then the rows of each table in chunks, then a trailer
// with the row counts, so a truncated file is refused instead of restored half-way.
// Reading happens in one REPEATABLE READ snapshot: the rows of every table belong to one moment.
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { createGunzip, createGzip } from "node:zlib";
import type { Client } from "pg";

export const LOGICAL_BACKUP_FORMAT = "counterclaim-backup";
export const LOGICAL_BACKUP_VERSION = 1;
const MIGRATIONS_TABLE = "_prisma_migrations";
const CHUNK_ROWS = 500;

export type TableCounts = Record<string, number>;
type TableInfo = { name: string; columns: string[]; primaryKey: string[] };
type ForeignKey = { table: string; columns: string[]; references: string; nullable: boolean };
type Header = { format: string; version: number; createdAt: string; serverVersion: string; migrations: string[]; tables: TableInfo[] };
type Line = { header: Header } | { table: string; rows: Record<string, unknown>[] } | { end: true; counts: TableCounts };

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Our tables in the public schema, with their columns in order and their primary key. */
export async function listTables(client: Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ table: string; columns: string[]; primary_key: string[] | null }>(
    `SELECT c.relname AS table,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            (SELECT array_agg(pa.attname::text ORDER BY pa.attnum) FROM pg_index i
               JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = ANY(i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND c.relname <> $1
      GROUP BY c.oid, c.relname
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => ({ name: row.table, columns: row.columns, primaryKey: row.primary_key ?? [] }));
}

async function listForeignKeys(client: Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<{ table: string; columns: string[]; references: string; nullable: boolean }>(
    `SELECT c.relname AS table, r.relname AS references,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            bool_and(NOT a.attnotnull) AS nullable
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey)
      WHERE k.contype = 'f'
      GROUP BY k.oid, c.relname, r.relname`,
  );
  return rows;
}

/** Row counts of every table (those not in `tables` are looked up). */
export async function countTables(client: Client, tables?: TableInfo[]): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of tables ?? (await listTables(client))) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(table.name)}`);
    counts[table.name] = Number(rows[0].n);
  }
  return counts;
}

/** The migrations applied to the database, in order; empty when it was never migrated. */
export async function appliedMigrations(client: Client): Promise<string[]> {
  const { rows: exists } = await client.query(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = $1`, [MIGRATIONS_TABLE]);
  if (!exists.length) return [];
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM ${quoteIdent(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

/** Writes every row of every table to `file` from one snapshot; returns the row counts. */
export async function writeLogicalBackup(client: Client, file: string): Promise<{ counts: TableCounts; migrations: string[] }> {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: Line) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, "drain");
  };
  const counts: TableCounts = {};
  let migrations: string[] = [];
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  try {
    const tables = await listTables(client);
    migrations = await appliedMigrations(client);
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    await write({ header: { format: LOGICAL_BACKUP_FORMAT, version: LOGICAL_BACKUP_VERSION, createdAt: new Date().toISOString(), serverVersion: version[0].server_version, migrations, tables } });
    for (const table of tables) {
      counts[table.name] = 0;
      const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(", ")}` : "";
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t) AS row FROM ${quoteIdent(table.name)} t${order}`);
      for (;;) {
        const { rows } = await client.query<{ row: Record<string, unknown> }>(`FETCH ${CHUNK_ROWS} FROM backup_rows`);
        if (!rows.length) break;
        counts[table.name] += rows.length;
        await write({ table: table.name, rows: rows.map((r) => r.row) });
      }
      await client.query("CLOSE backup_rows");
    }
    await write({ end: true, counts });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    gzip.destroy();
    throw error;
  }
  gzip.end();
  await once(out, "close");
  return { counts, migrations };
}

async function* readLines(file: string): AsyncGenerator<Line> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const text of lines) if (text.trim()) yield JSON.parse(text) as Line;
}

/** The header of a logical backup file, checked. */
export async function readLogicalBackupHeader(file: string): Promise<Header> {
  for await (const line of readLines(file)) {
    if (!("header" in line) || line.header.format !== LOGICAL_BACKUP_FORMAT) throw new Error(`${file} is not a Counterclaim backup.`);
    if (line.header.version !== LOGICAL_BACKUP_VERSION) throw new Error(`${file} is a backup of format version ${line.header.version}; this version reads ${LOGICAL_BACKUP_VERSION}.`);
    return line.header;
  }
  throw new Error(`${file} is empty.`);
}

/**
 * Tables in an order that satisfies the foreign keys. A cycle (a self-reference, or Article's
 * current revision vs the revision's article) is broken at a nullable column: those columns are
 * inserted as null and set once every table is loaded.
 */
function loadOrder(tables: string[], keys: ForeignKey[]): { order: string[]; deferred: Map<string, Set<string>> } {
  const deferred = new Map<string, Set<string>>();
  const defer = (key: ForeignKey) => {
    const columns = deferred.get(key.table) ?? new Set<string>();
    for (const column of key.columns) columns.add(column);
    deferred.set(key.table, columns);
  };
  for (const key of keys) if (key.table === key.references) defer(key);
  let pending = keys.filter((key) => key.table !== key.references);
  const remaining = new Set(tables);
  const order: string[] = [];
  while (remaining.size) {
    const ready = [...remaining].filter((table) => !pending.some((key) => key.table === table && remaining.has(key.references)));
    if (ready.length) {
      for (const table of ready.sort()) {
        order.push(table);
        remaining.delete(table);
      }
      continue;
    }
    const breakable = pending.find((key) => key.nullable && remaining.has(key.table) && remaining.has(key.references));
    if (!breakable) throw new Error(`The foreign keys between ${[...remaining].join(", ")} form a cycle of required columns.`);
    defer(breakable);
    pending = pending.filter((key) => key !== breakable);
  }
  return { order, deferred };
}

/**
 * Loads a logical backup into a database that has the same tables and no rows (the caller migrates
 * it and empties it), in one transaction: all of it or nothing. Returns the counts it loaded.
 */
export async function loadLogicalBackup(client: Client, file: string, options: { truncateFirst?: boolean } = {}): Promise<TableCounts> {
  const header = await readLogicalBackupHeader(file);
  const targetTables = await listTables(client);
  for (const table of header.tables) {
    const target = targetTables.find((t) => t.name === table.name);
    if (!target) throw new Error(`The backup has table ${table.name}, which the target database lacks.`);
    const missing = table.columns.filter((column) => !target.columns.includes(column));
    if (missing.length) throw new Error(`The target's table ${table.name} lacks the column(s) ${missing.join(", ")} of the backup.`);
  }
  const tables = new Map(header.tables.map((table) => [table.name, table]));
  const { order, deferred } = loadOrder(header.tables.map((t) => t.name), (await listForeignKeys(client)).filter((key) => tables.has(key.table) && tables.has(key.references)));
  // Rows arrive table by table in the file's (alphabetical) order; load order differs, so rows of a
  // table that must wait are held until their turn. Our data is small enough for that.
  const held = new Map<string, Record<string, unknown>[][]>();
  const later: { table: string; rows: Record<string, unknown>[] }[] = [];
  const counts: TableCounts = Object.fromEntries(header.tables.map((t) => [t.name, 0]));
  let trailer: TableCounts | undefined;

  const insert = async (name: string, rows: Record<string, unknown>[]) => {
    const table = tables.get(name)!;
    const postponed = deferred.get(name);
    const columns = table.columns.filter((column) => !postponed?.has(column)).map(quoteIdent).join(", ");
    await client.query(`INSERT INTO ${quoteIdent(name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(name)}, $1::json)`, [JSON.stringify(rows)]);
    counts[name] += rows.length;
    if (postponed?.size && rows.some((row) => [...postponed].some((column) => row[column] !== null && row[column] !== undefined))) later.push({ table: name, rows });
  };

  await client.query("BEGIN");
  try {
    if (options.truncateFirst) {
      // A forced restore replaces the whole history, audit included: the one sanctioned way past the
      // append-only trigger, taken by the tables' owner inside this transaction (DDL is transactional,
      // so the trigger is back on whatever happens). A role that lost TRUNCATE is refused here, plainly.
      const auditTrigger = targetTables.some((table) => table.name === "AuditEvent") && (await client.query(`SELECT 1 FROM pg_trigger WHERE tgname = 'AuditEvent_no_truncate'`)).rowCount;
      if (auditTrigger) await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_truncate"`);
      await client.query(`TRUNCATE ${targetTables.map((t) => quoteIdent(t.name)).join(", ")}`);
      if (auditTrigger) await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_truncate"`);
    }
    const loaded = new Set<string>();
    let next = 0;
    const flushReady = async () => {
      // A table may be loaded once every table before it in the load order has all its rows.
      while (next < order.length && loaded.has(order[next])) {
        for (const rows of held.get(order[next]) ?? []) await insert(order[next], rows);
        held.delete(order[next]);
        next += 1;
      }
    };
    let current: string | undefined;
    for await (const line of readLines(file)) {
      if ("header" in line) continue;
      if ("end" in line) {
        trailer = line.counts;
        break;
      }
      if (!tables.has(line.table)) throw new Error(`The backup has rows for an undeclared table ${line.table}.`);
      if (current !== undefined && current !== line.table) loaded.add(current);
      current = line.table;
      const list = held.get(line.table) ?? [];
      list.push(line.rows);
      held.set(line.table, list);
      await flushReady();
    }
    if (!trailer) throw new Error("The backup file ends early (no trailer): it is incomplete, nothing was restored.");
    for (const name of tables.keys()) loaded.add(name);
    await flushReady();
    for (const { table, rows } of later) {
      const info = tables.get(table)!;
      const columns = [...deferred.get(table)!];
      const set = columns.map((column) => `${quoteIdent(column)} = r.${quoteIdent(column)}`).join(", ");
      const match = info.primaryKey.map((column) => `t.${quoteIdent(column)} = r.${quoteIdent(column)}`).join(" AND ");
      await client.query(`UPDATE ${quoteIdent(table)} t SET ${set} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json) r WHERE ${match}`, [JSON.stringify(rows)]);
    }
    for (const [name, count] of Object.entries(trailer)) {
      if (counts[name] !== count) throw new Error(`The backup promises ${count} rows of ${name} but holds ${counts[name] ?? 0}: nothing was restored.`);
    }
    await advanceSequences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return counts;
}

/**
 * Rows restored with their serial values (AuditEvent.seq, the change feed's order) leave the
 * sequences behind: moved past the highest value restored, so the next insert does not collide.
 */
async function advanceSequences(client: Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const row of rows) {
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(row.column)}) FROM ${quoteIdent(row.table)}), 0) + 1, false)`, [row.sequence]);
  }
}
