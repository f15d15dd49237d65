// `npm run backup [-- --dir backups] [--logical]`: a consistent backup of the configured database
// into backups/ (a pg_dump where a matching one is installed, our logical backup otherwise, always
// for the embedded database), then where it went and the row count of every table.
import { resolve } from "node:path";
import { backupDatabase } from "../lib/db/backup";
import { openConfiguredDatabase, option, printCounts } from "./configured-database";
import { runScript } from "./run-script";

async function main(): Promise<void> {
  const dir = resolve(option("--dir") ?? "backups");
  const database = await openConfiguredDatabase();
  try {
    console.log(`Backing up ${database.describe}`);
    if (database.embedded) console.log("The embedded database (PGlite) is backed up logically: the file restores into it or into any PostgreSQL server.");
    const result = await backupDatabase(database.url, dir, { method: database.embedded || process.argv.includes("--logical") ? "logical" : undefined });
    for (const note of result.notes) console.log(note);
    console.log(`Wrote ${result.file} (${result.method === "pg_dump" ? "pg_dump custom format" : "logical backup"}). Rows:`);
    printCounts(result.counts);
  } finally {
    await database.close();
  }
}

runScript(main);
