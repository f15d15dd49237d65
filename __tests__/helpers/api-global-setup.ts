// API tests run against one production server and one fresh, seeded test database.
// The URL and demo password reach the test files through the environment.
import { createTestDatabase } from "./test-database";
import { ensureBuild, startAppServer } from "./app-server";

export const DEMO_PASSWORD = "demo-password-for-api-tests";

export default async function globalSetup(): Promise<void> {
  ensureBuild();
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { getDb, disconnectDb } = await import("../../lib/db/client");
  const { seedDatabase } = await import("../../lib/db/seed");
  await seedDatabase(getDb(), { demoPassword: DEMO_PASSWORD });
  await disconnectDb();

  const server = await startAppServer({ DATABASE_URL: database.url });
  process.env.API_BASE_URL = server.url;
  process.env.API_DATABASE_URL = database.url;
  process.env.API_DEMO_PASSWORD = DEMO_PASSWORD;
  (globalThis as { counterclaimApi?: unknown }).counterclaimApi = { server, database };
}
