// Prisma's schema engine, compiled to WebAssembly, used offline to compute migration SQL: the
// native engine that `prisma migrate` downloads cannot be fetched on our machines (STACK.md).
// The engine runs in a child process (schema-diff-process.mjs). Only scripts and tests use this;
// the running app never does.
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";

export type SchemaDiff = { exitCode: number; sql: string; changed: boolean };

const DIFF_PROCESS = join(resolve(process.cwd(), "lib/db/migrations"), "schema-diff-process.mjs");

/**
 * SQL that takes `from` (an empty database, or the live database at `connectionString`) to the
 * schema in `schemaPath`. `changed` is false when they already match.
 */
export function diffSchema(options: { connectionString: string; schemaPath: string; from: "empty" | "database" }): Promise<SchemaDiff> {
  const input = JSON.stringify({ ...options, schemaPath: resolve(options.schemaPath) });
  return new Promise((resolveDiff, reject) => {
    execFile(process.execPath, [DIFF_PROCESS, input], { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const lastLine = stdout.trim().split("\n").pop() ?? "";
      let output: { exitCode?: number; sql?: string; error?: string };
      try {
        output = JSON.parse(lastLine) as typeof output;
      } catch {
        return reject(new Error(`The schema engine failed: ${error?.message ?? ""} ${stderr}`.trim()));
      }
      if (output.error !== undefined || output.exitCode === undefined) return reject(new Error(`The schema engine failed: ${output.error ?? "no result"}`));
      resolveDiff({ exitCode: output.exitCode, sql: output.sql ?? "", changed: output.exitCode === 2 });
    });
  });
}
