// The Docker image's entrypoint: apply migrations, seed on first start, then run Next's standalone
// server in this same process. Bundled into one file by scripts/bundle-entrypoint.mjs because the
// standalone image has no tsx and only the server's own node_modules.
import { applyMigrations } from "../lib/db/migrations/migrate";
import { disconnectDb, getDb } from "../lib/db/client";
import { seedDatabase } from "../lib/db/seed";
import { printSeedResult } from "../lib/db/seed-report";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  if (!process.env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set: it signs session cookies (e.g. openssl rand -base64 32).");
  const { applied } = await applyMigrations(url, { log: (line) => console.log(line) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  const demoPassword = process.env.COUNTERCLAIM_DEMO_PASSWORD || undefined;
  printSeedResult(await seedDatabase(getDb(), { demoPassword }), Boolean(demoPassword));
  await disconnectDb();
  // Next's standalone server, started in this process once the database is ready. A runtime
  // require: server.js exists only beside the bundle in the image, so it must not be bundled.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./server.js");
}

main().catch((error: unknown) => {
  console.error(`Counterclaim did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
