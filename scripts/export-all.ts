// `npm run export-all -- [--out FILE] [--no-page-bodies]`: the whole installation as one JSON file
// (lib/db/installation-export.ts), by default into backups/, with the archived pages' bytes.
// Load it into another installation with `npm run import-all -- FILE`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { disconnectDb } from "../lib/db/client";
import { exportInstallation } from "../lib/db/installation-export";
import { openConfiguredDatabase, option, printCounts } from "./configured-database";
import { DATA_OPERATOR } from "./data-operator";
import { runScript } from "./run-script";

async function main(): Promise<void> {
  const database = await openConfiguredDatabase();
  try {
    process.env.DATABASE_URL = database.url;
    if (database.embedded) process.env.DATABASE_POOL_MAX = "1";
    console.log(`Exporting ${database.describe}`);
    const document = await exportInstallation(DATA_OPERATOR, { pageBodies: !process.argv.includes("--no-page-bodies") });
    const file = resolve(option("--out") ?? `backups/counterclaim-export-${document.exportedAt.replace(/[:.]/g, "-")}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(document), { mode: 0o600 });
    console.log(`Wrote ${file} (format ${document.format}, version ${document.version}). Records:`);
    const { format: _format, version: _version, exportedAt: _at, migrations: _migrations, deskSettings, ...entities } = document;
    printCounts({ deskSettings: deskSettings ? 1 : 0, ...Object.fromEntries(Object.entries(entities).map(([name, rows]) => [name, rows.length])) });
  } finally {
    await disconnectDb();
    await database.close();
  }
}

runScript(main);
