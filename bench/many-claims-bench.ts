// What the benchmarks over 100,000 generated claims share (actors, search): a fresh, seeded database
// filled by bench/many-claims.ts, the app's data layer pointed at it, a bare `pg` pool beside it for
// the baseline, and a way to send the app's own SQL statements through that pool.
import { Pool } from "pg";
import { createTestDatabase } from "../__tests__/helpers/test-database";
import { disconnectDb, getDb } from "../lib/db/client";
import { seedDatabase } from "../lib/db/seed";
import { toSessionUser } from "../lib/db/users";
import type { SessionUser } from "../lib/domain/roles";
import type { Prisma } from "../lib/generated/prisma/client";
import { fillManyClaims, type ManyClaimsSummary } from "./many-claims";

export const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const POOL = 5;

export type ManyClaimsBench = { pool: Pool; user: SessionUser; data: ManyClaimsSummary; generatedSeconds: number };

/** pg binds a Date in the machine's time zone; the columns are UTC timestamps without a zone. */
export const bindable = (values: unknown[]): unknown[] => values.map((value) => (value instanceof Date ? value.toISOString() : value));

/** One of the app's statements, sent as it is over bare `pg`: the baseline of every figure. */
export const runOverPg = (pool: Pool, statement: Prisma.Sql) => pool.query(statement.text, bindable(statement.values));

/** Runs `body` against a fresh database of `claims` generated claims, then drops it whatever happens. */
export async function withManyClaims(claims: number, body: (bench: ManyClaimsBench) => Promise<void>): Promise<void> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = String(POOL);
  const pool = new Pool({ connectionString: database.url, max: POOL });
  try {
    await seedDatabase(getDb(), { demoPassword: "bench-password-123" });
    const started = performance.now();
    const data = await fillManyClaims(database.url, { claims });
    await pool.query("ANALYZE");
    const user = toSessionUser(await getDb().user.findUniqueOrThrow({ where: { id: data.userId } }));
    await body({ pool, user, data, generatedSeconds: (performance.now() - started) / 1000 });
  } finally {
    await pool.end();
    await disconnectDb();
    await database.drop();
  }
}
