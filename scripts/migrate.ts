// `npm run db:migrate`: applies pending migrations to DATABASE_URL, says what it applied, and exits
// non-zero with the reason when it cannot (npm start and CI rely on that exit code).
import { applyMigrations } from "../lib/db/migrations/migrate";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to migrate (`npm start` migrates its embedded database itself).");
  const target = new URL(url);
  // Host and database only: the URL may carry a password.
  console.log(`Migrating ${target.host}${target.pathname}`);
  const { applied } = await applyMigrations(url, { log: (line) => console.log(line) });
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}.` : "Nothing to apply: the schema is up to date.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
