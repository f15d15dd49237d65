// The database the app is configured for, for the data scripts (backup, restore, export-all,
// import-all): DATABASE_URL when set, else the embedded PostgreSQL in COUNTERCLAIM_DATA_DIR (.data),
// served for the script's duration. The embedded data folder may be opened by one process only, so
// these scripts need the app stopped when it runs on the embedded database (the error says so).
import { resolve } from "node:path";
import { spawnEmbeddedPostgres } from "./spawn-embedded-postgres.cjs";

export type ConfiguredDatabase = { url: string; embedded: boolean; describe: string; close(): Promise<void> };

export async function openConfiguredDatabase(): Promise<ConfiguredDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const target = new URL(url);
    // Host and database only: the URL may carry a password.
    return { url, embedded: false, describe: `PostgreSQL at ${target.host}${target.pathname}`, close: async () => undefined };
  }
  const folder = resolve(process.env.COUNTERCLAIM_DATA_DIR ?? ".data", "pglite");
  let server: Awaited<ReturnType<typeof spawnEmbeddedPostgres>>;
  try {
    server = await spawnEmbeddedPostgres({ dataDir: folder });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The child's own reason (e.g. "in use by process N") is on stderr, above this line.
    throw new Error(`Could not open the embedded database in ${folder}: ${message} If the app is running on it, stop the app first: only one process may open it.`);
  }
  return { url: server.url, embedded: true, describe: `the embedded PostgreSQL in ${folder}`, close: () => server.stop() };
}

/** The value after `--name`, if given. */
export function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

export function printCounts(counts: Record<string, number>): void {
  const width = Math.max(...Object.keys(counts).map((name) => name.length), 5);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(width)} ${n}`);
}
