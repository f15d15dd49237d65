// `npm run db:seed`: seeds DATABASE_URL (idempotent; see lib/db/seed.ts).
import { disconnectDb, getDb } from "../lib/db/client";
import { seedDatabase } from "../lib/db/seed";
import { printSeedResult } from "../lib/db/seed-report";

seedDatabase(getDb(), { demoPassword: process.env.COUNTERCLAIM_DEMO_PASSWORD || undefined })
  .then((result) => printSeedResult(result, Boolean(process.env.COUNTERCLAIM_DEMO_PASSWORD)))
  .catch((error: unknown) => {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
