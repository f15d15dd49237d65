// Runs Prisma's wasm schema engine in a process of its own and prints one JSON line:
// {"exitCode": n, "sql": "..."} or {"error": "..."}. Kept out of the caller's process because
// the engine needs a pg patch (below) and ES-module WebAssembly bindings that test runners and
// bundlers handle badly. Input: one JSON argument {connectionString, schemaPath, from}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const { connectionString, schemaPath, from } = JSON.parse(process.argv[2] ?? "{}");
const require = createRequire(resolve(process.cwd(), "package.json"));

// The engine reads pg_catalog columns of Postgres's one-byte "char" type (OID 18), which the pg
// adapter cannot map: present them as text (OID 25). This process only introspects schemas.
const Result = require("pg/lib/result.js");
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

async function loadEngine() {
  // Node cannot import the package's .wasm as an ES module: instantiate it by hand.
  const packageDir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = await import(join(packageDir, "schema_engine_bg.js"));
  const { instance } = await WebAssembly.instantiate(readFileSync(join(packageDir, "schema_engine_bg.wasm")), { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings.SchemaEngine;
}

try {
  const SchemaEngine = await loadEngine();
  const { PrismaPg } = require("@prisma/adapter-pg");
  const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");
  const content = readFileSync(schemaPath, "utf8");
  const files = [{ path: schemaPath, content }];
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString, max: 1 }));
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, content]] }, () => undefined, factory);
  const source = from === "empty" ? { tag: "empty" } : { tag: "schemaDatasource", files, configDir: dirname(schemaPath) };
  const result = await engine.diff({ from: source, to: { tag: "schemaDatamodel", files }, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } });
  process.stdout.write(JSON.stringify({ exitCode: result.exitCode, sql: result.stdout ?? "" }) + "\n");
  process.exit(0);
} catch (error) {
  process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }) + "\n");
  process.exit(1);
}
