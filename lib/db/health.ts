// Liveness of the database for /api/health and the start script.
import { getDb } from "./client";

export async function checkDatabase(): Promise<boolean> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
