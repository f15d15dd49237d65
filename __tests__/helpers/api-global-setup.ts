// API tests run against one production server and one fresh, seeded test database.
// The URL and demo password reach the test files through the environment.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createTestDatabase } from "./test-database";
import { ensureBuild, ROOT, startAppServer } from "./app-server";

export const DEMO_PASSWORD = "demo-password-for-api-tests";

export default async function globalSetup(): Promise<void> {
  ensureBuild();
  const database = await createTestDatabase();
  // The real seed command (globalSetup cannot resolve the app's "@/" imports itself).
  const seed = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "prisma/seed.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, COUNTERCLAIM_DEMO_PASSWORD: DEMO_PASSWORD },
  });
  if (seed.status !== 0) throw new Error("Seeding the API test database failed.");

  // The import tests fetch pages from a fixture server on 127.0.0.1, which production never allows.
  const server = await startAppServer({ DATABASE_URL: database.url, COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK: "1" });
  process.env.API_BASE_URL = server.url;
  process.env.API_DATABASE_URL = database.url;
  process.env.API_DEMO_PASSWORD = DEMO_PASSWORD;
  (globalThis as { counterclaimApi?: unknown }).counterclaimApi = { server, database };
}
