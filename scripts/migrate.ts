// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { applyMigrations } from "../lib/db/migrations/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate (`npm start` migrates its embedded database itself).");
  process.exit(1);
}
applyMigrations(url, { log: (line) => console.log(line) })
  .then(({ applied }) => console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Nothing to apply: the schema is up to date."))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
