// `npm run restore -- <file> [--force]`: brings a backup (npm run backup) back into the configured
// database. A database holding any row is refused unless --force, which then says what it replaced.
import { existsSync } from "node:fs";
import { restoreDatabase } from "../lib/db/backup";
import { openConfiguredDatabase, printCounts } from "./configured-database";
import { runScript } from "./run-script";

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("Usage: npm run restore -- <backup file> [--force]");
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const database = await openConfiguredDatabase();
  try {
    console.log(`Restoring ${file} into ${database.describe}`);
    const result = await restoreDatabase(database.url, file, { force: process.argv.includes("--force"), embedded: database.embedded });
    if (Object.keys(result.replaced).length) {
      console.log("Replaced the data that was there:");
      printCounts(result.replaced);
    }
    for (const note of result.notes) console.log(note);
    console.log("Restored. Rows now:");
    printCounts(result.counts);
  } finally {
    await database.close();
  }
}

runScript(main);
