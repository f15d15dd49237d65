// Fixed-window rate limiting whose state lives in PostgreSQL, so every app instance shares it.
// One atomic upsert per hit: concurrent requests cannot both slip under the limit.
import { getDb } from "./client";

export type RateLimitRule = { limit: number; windowSeconds: number };

export type RateLimitState = { count: number; resetAt: Date };

/** Counts one event against `key` and returns the window's count so far. */
export async function hitRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitState> {
  const rows = await getDb().$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count"   = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0];
  return { count: Number(row.count), resetAt: row.resetAt };
}

/** The current window of `key` without counting, or null when it has expired or never started. */
export async function peekRateLimit(key: string): Promise<RateLimitState | null> {
  const bucket = await getDb().rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.resetAt <= new Date()) return null;
  return { count: bucket.count, resetAt: bucket.resetAt };
}

export async function clearRateLimit(key: string): Promise<void> {
  await getDb().rateLimitBucket.deleteMany({ where: { key } });
}

/** Seconds until the window of a blocked key resets (at least 1). */
export function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}
