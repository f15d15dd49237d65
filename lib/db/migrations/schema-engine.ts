// Prisma's schema engine compiled to WebAssembly, used offline to compute migration SQL: the native
// engine that `prisma migrate` downloads cannot be fetched on our machines (see STACK.md).
// Scripts and tests only; the app never imports this module.
//
// Every diff runs in a child process (this same file, run through tsx): the engine's bindings are an
// ES module that Jest cannot import, and its wasm memory and pg connections should not live in the
// caller. Inside the child, the "char"-as-text remap is applied to the engine's own pool only.
import { fork } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { Pool } from "pg";

export type SchemaDiffOptions = {
  connectionString: string;
  schemaPath: string;
  /** "empty": from nothing; "database": from the live schema of the database at connectionString. */
  from: "empty" | "database";
};

/** `exitCode` is Prisma's: 0 when the two sides already match, 2 when `sql` changes something. */
export type SchemaDiff = { exitCode: number; sql: string; changed: boolean };

type EngineBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type ChildReply = { ok: true; exitCode: number; sql: string } | { ok: false; error: string };

// A cap for a wedged engine (e.g. a database that accepts the connection and never answers).
const DIFF_TIMEOUT_MS = 120_000;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The SQL that takes `from` (an empty database, or the live database at `connectionString`) to the
 * schema in `schemaPath`. Introspecting a live database needs a real PostgreSQL server: the engine
 * cannot read the embedded PGlite's catalogs.
 */
export function diffSchema(options: SchemaDiffOptions): Promise<SchemaDiff> {
  const input: SchemaDiffOptions = { ...options, schemaPath: resolve(options.schemaPath) };
  const child = fork(__filename, [], {
    execArgv: ["--import", pathToFileURL(require.resolve("tsx")).href],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  return new Promise<SchemaDiff>((resolveDiff, reject) => {
    let reply: ChildReply | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), DIFF_TIMEOUT_MS);
    child.on("message", (message: unknown) => {
      if (isChildReply(message)) reply = message;
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`The schema engine could not be started: ${error.message}`));
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (reply?.ok) return resolveDiff({ exitCode: reply.exitCode, sql: reply.sql, changed: reply.exitCode !== 0 });
      const reason = reply ? reply.error : `it exited (${signal ?? `code ${code}`}) without an answer`;
      reject(new Error(`The schema engine failed: ${reason}${output.trim() ? `\n${output.trim()}` : ""}`));
    });
    child.send(input);
  });
}

function isChildReply(message: unknown): message is ChildReply {
  return typeof message === "object" && message !== null && "ok" in message && typeof message.ok === "boolean";
}

function isDiffOptions(message: unknown): message is SchemaDiffOptions {
  if (typeof message !== "object" || message === null) return false;
  const { connectionString, schemaPath, from } = message as Record<string, unknown>;
  return typeof connectionString === "string" && typeof schemaPath === "string" && (from === "empty" || from === "database");
}

/** Node cannot import the package's .wasm as an ES module: instantiate it by hand (STACK.md). */
async function loadSchemaEngine(): Promise<EngineBindings["SchemaEngine"]> {
  const bindings: EngineBindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  // The wasm module imports its JS glue under the name the bundler-target build was generated with.
  const imports = { "./schema_engine_bg.js": bindings } as unknown as WebAssembly.Imports;
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), imports);
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error("This @prisma/schema-engine-wasm build has no __wbindgen_start.");
  start();
  return bindings.SchemaEngine;
}

/**
 * The engine reads pg_catalog columns of Postgres's one-byte "char" type (OID 18), which the pg
 * adapter cannot map ("Column type 'char' could not be deserialized"). Present them as text, on
 * this pool's connections only, before pg builds the result's field list.
 */
function presentCharColumnsAsText(pool: Pool): void {
  pool.on("connect", (client) => {
    client.connection.prependListener("rowDescription", (message: unknown) => {
      if (typeof message !== "object" || message === null || !("fields" in message) || !Array.isArray(message.fields)) return;
      for (const field of message.fields as unknown[]) {
        if (typeof field === "object" && field !== null && "dataTypeID" in field && field.dataTypeID === PG_CHAR_OID) {
          (field as { dataTypeID: number }).dataTypeID = PG_TEXT_OID;
        }
      }
    });
  });
}

/** Runs one diff in this process. Only the child process calls it. */
async function diffInThisProcess({ connectionString, schemaPath, from }: SchemaDiffOptions): Promise<{ exitCode: number; sql: string }> {
  const SchemaEngine = await loadSchemaEngine();
  const content = await readFile(schemaPath, "utf8");
  const files = [{ path: schemaPath, content }];
  const pool = new Pool({ connectionString, max: 1 });
  presentCharColumnsAsText(pool);
  try {
    // The factory must be the migration-aware wrapper; a bare or already connected adapter fails.
    const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
    const engine = await SchemaEngine.new({ datamodels: [[schemaPath, content]] }, () => undefined, factory);
    const source: DiffTarget = from === "empty" ? { tag: "empty" } : { tag: "schemaDatasource", files, configDir: dirname(schemaPath) };
    const result = await engine.diff({
      from: source,
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { exitCode: result.exitCode, sql: result.stdout ?? "" };
  } finally {
    await pool.end().catch(() => undefined);
  }
}

function serveOneDiff(): void {
  // A Rust panic reports its message here, then the wasm traps with a bare "unreachable" that may
  // surface outside any promise chain: both paths answer with the panic's own words.
  let panic = "";
  Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => (panic = message) } });
  const reply = (result: ChildReply) => process.send?.(result, () => process.exit(0));
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    reply({ ok: false, error: panic ? `${message} (engine panic: ${panic})` : message });
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  process.once("message", (message: unknown) => {
    if (!isDiffOptions(message)) return reply({ ok: false, error: "invalid request" });
    diffInThisProcess(message).then((result) => reply({ ok: true, ...result }), fail);
  });
}

if (require.main === module) serveOneDiff();
