// `npm run import-all -- FILE [--set-password EMAIL]`: loads an installation export (npm run
// export-all, or GET /api/v1/admin/export) into the configured database, which must be empty: it is
// migrated first, and the import refuses one that holds users, actors, ratings or articles (so run
// it before the first `npm start`, which seeds demo data). Imported users have no password;
// --set-password gives one account the password in COUNTERCLAIM_IMPORT_PASSWORD (never on the
// command line, where other users of the machine could read it) so that an admin can sign in.
import { readFileSync, statSync } from "node:fs";
import { hashPassword } from "../lib/auth/passwords";
import { disconnectDb, getDb } from "../lib/db/client";
import { importInstallation } from "../lib/db/installation-export";
import { applyMigrations } from "../lib/db/migrations/migrate";
import { openConfiguredDatabase, option, printCounts } from "./configured-database";
import { DATA_OPERATOR } from "./data-operator";
import { runScript } from "./run-script";

// Node's strings stop at about 512 MB; an export with page bodies larger than that needs them left out.
const MAX_FILE_BYTES = 500 * 1024 * 1024;

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg, i, all) => !arg.startsWith("--") && all[i - 1] !== "--set-password");
  if (!file) throw new Error("Usage: npm run import-all -- <export file> [--set-password <email>]");
  if (statSync(file).size > MAX_FILE_BYTES) throw new Error(`${file} is over ${MAX_FILE_BYTES / 1024 / 1024} MB: export it again with --no-page-bodies.`);
  const passwordFor = option("--set-password");
  const password = process.env.COUNTERCLAIM_IMPORT_PASSWORD;
  if (passwordFor && (!password || password.length < 12)) throw new Error("--set-password needs COUNTERCLAIM_IMPORT_PASSWORD (12 characters or more) in the environment.");
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const database = await openConfiguredDatabase();
  try {
    console.log(`Importing ${file} into ${database.describe}`);
    const { applied } = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied ${applied.length} migration(s) first.`);
    process.env.DATABASE_URL = database.url;
    if (database.embedded) process.env.DATABASE_POOL_MAX = "1";
    const summary = await importInstallation(DATA_OPERATOR, document);
    console.log("Imported, in one transaction:");
    printCounts(summary.counts);
    if (summary.snapshotsWithoutBodies) console.log(`${summary.snapshotsWithoutBodies} archived page(s) came without their bytes (exported without page bodies): their downloads are empty.`);
    if (passwordFor) {
      const { count } = await getDb().user.updateMany({ where: { email: passwordFor }, data: { passwordHash: await hashPassword(password!), sessionVersion: { increment: 1 } } });
      console.log(count ? `Set the password of ${passwordFor}.` : `No imported user has the email ${passwordFor}: no password was set.`);
    }
    console.log("Imported users cannot sign in until an admin sets their password (/admin/users).");
  } finally {
    await disconnectDb();
    await database.close();
  }
}

runScript(main);
