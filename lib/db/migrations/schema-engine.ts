// Prisma's schema engine, compiled to WebAssembly, used offline to compute migration SQL: the
// native engine that `prisma migrate` downloads cannot be fetched on our machines (STACK.md).
// Only scripts and tests import this module; the running app never does.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(resolve(process.cwd(), "package.json"));

type SchemaFile = { path: string; content: string };
type DiffTarget = { tag: "empty" } | { tag: "schemaDatamodel"; files: SchemaFile[] } | { tag: "schemaDatasource"; files: SchemaFile[]; configDir: string };
type SchemaEngineInstance = {
  diff(params: { from: DiffTarget; to: DiffTarget; script: boolean; exitCode: boolean; shadowDatabaseUrl?: string; filters: { externalTables: string[]; externalEnums: string[] } }): Promise<{ exitCode: number; stdout?: string }>;
};
type WasmModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: { datamodels: [string, string][] }, log: (line: string) => void, factory: unknown) => Promise<SchemaEngineInstance> };
};

let wasmModule: Promise<WasmModule> | undefined;

/** Node cannot import the package's .wasm as an ES module: instantiate it by hand, once. */
async function loadWasm(): Promise<WasmModule> {
  const packageDir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = (await import(join(packageDir, "schema_engine_bg.js"))) as WasmModule;
  const bytes = readFileSync(join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

let charTypePatched = false;

/**
 * The engine introspects pg_catalog columns of Postgres's one-byte "char" type (OID 18), which the
 * pg adapter cannot map. Present them as text (OID 25). Only ever applied in processes that
 * introspect schemas (migration scripts, tests), never in the app.
 */
function presentCharAsText(): void {
  if (charTypePatched) return;
  charTypePatched = true;
  const Result = require("pg/lib/result.js") as { prototype: { addFields(fields: { dataTypeID: number }[]): void } };
  const addFields = Result.prototype.addFields;
  Result.prototype.addFields = function (this: unknown, fields: { dataTypeID: number }[]) {
    for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

export type SchemaDiff = { exitCode: number; sql: string; changed: boolean };

/**
 * SQL that takes `from` (an empty database, or the live database at `connectionString`) to the
 * schema in `schemaPath`. `changed` is false when they already match.
 */
export async function diffSchema(options: { connectionString: string; schemaPath: string; from: "empty" | "database" }): Promise<SchemaDiff> {
  presentCharAsText();
  wasmModule ??= loadWasm();
  const wasm = await wasmModule;
  const content = readFileSync(options.schemaPath, "utf8");
  const files = [{ path: options.schemaPath, content }];
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: options.connectionString, max: 1 }));
  const engine = await wasm.SchemaEngine.new({ datamodels: [[options.schemaPath, content]] }, () => undefined, factory);
  const from: DiffTarget = options.from === "empty" ? { tag: "empty" } : { tag: "schemaDatasource", files, configDir: dirname(options.schemaPath) };
  const result = await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } });
  const sql = result.stdout ?? "";
  return { exitCode: result.exitCode, sql, changed: result.exitCode === 2 };
}
