// Gives a db test file its own fresh, migrated database for the whole file, and points the app's
// Prisma singleton (lib/db/client) at it. Each Jest test file has its own module registry.
import { disconnectDb } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "./test-database";

export function setUpTestDatabase(): { url: () => string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    // The embedded server serves one connection at a time.
    process.env.DATABASE_POOL_MAX = database.embedded ? "1" : "5";
  });
  afterAll(async () => {
    await disconnectDb();
    await database?.drop();
  });
  return {
    url: () => {
      if (!database) throw new Error("The test database is not ready yet (use it inside a test or hook).");
      return database.url;
    },
  };
}
