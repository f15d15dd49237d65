// `npm run bench -- actors`: the actor summary over 100,000 generated claims (bench/many-claims.ts)
// for a state with ministries and spokespeople under it, unfiltered and over three months, through
// getActorSummary (permission check, Prisma's $queryRaw, shaping) against the same SQL statements
// sent by bare `pg`, side by side on a pool as the app sends them, on the same data, indexes in
// place. Also the balance view over the same three months. Figures are medians of warm runs.
import { Pool } from "pg";
import { createTestDatabase } from "../__tests__/helpers/test-database";
import { disconnectDb, getDb } from "../lib/db/client";
import { seedDatabase } from "../lib/db/seed";
import { toSessionUser } from "../lib/db/users";
import { actorSummaryStatements, getActorSummary, SUMMARY_CLAIMS } from "../lib/db/actor-summary";
import { balanceStatement, getBalance } from "../lib/db/actor-balance";
import type { Prisma } from "../lib/generated/prisma/client";
import { fillManyClaims } from "./many-claims";
import { measure, printComparison } from "./measure";

const CLAIMS = Number(process.env.BENCH_ACTOR_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const POOL = 5;

/** pg binds a Date in the machine's time zone; the columns are UTC timestamps without a zone. */
const bindable = (values: unknown[]) => values.map((value) => (value instanceof Date ? value.toISOString() : value));

const run = (pool: Pool, statement: Prisma.Sql) => pool.query(statement.text, bindable(statement.values));

export async function benchActorSummary(): Promise<void> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = String(POOL);
  const pool = new Pool({ connectionString: database.url, max: POOL });
  try {
    await seedDatabase(getDb(), { demoPassword: "bench-password-123" });
    const filled = performance.now();
    const data = await fillManyClaims(database.url, { claims: CLAIMS });
    console.log(`Actor summary: ${data.claims} claims (${data.liveClaims} live) in ${data.articles} articles, ${data.verdicts} verdicts, ${data.rebuttals} rebuttals; generated in ${((performance.now() - filled) / 1000).toFixed(1)} s; ${RUNS} warm runs each\n`);
    const user = toSessionUser(await getDb().user.findUniqueOrThrow({ where: { id: data.userId } }));
    const actor = data.actorWithChildren;
    const to = data.lastPublishedAt;
    const threeMonths = { from: new Date(to.getTime() - 91 * 24 * 3600 * 1000), to };

    for (const [label, range] of [["all time", {}], ["three months", threeMonths]] as const) {
      const summary = await getActorSummary(user, actor.id, range);
      const statements = Object.values(actorSummaryStatements(actor.id, range, { limit: SUMMARY_CLAIMS }));
      printComparison(
        `Summary of ${actor.name} and the ${actor.descendantIds.length} actors under it, ${label} (${summary.counts.claims} claims, ${summary.timeline.length} weeks)`,
        await measure("getActorSummary", RUNS, () => getActorSummary(user, actor.id, range)),
        await measure(`the same ${statements.length} statements over pg`, RUNS, () => Promise.all(statements.map((statement) => run(pool, statement)))),
      );
    }

    const balance = balanceStatement(threeMonths);
    printComparison(
      "Balance view over three months, every top-level actor",
      await measure("getBalance", RUNS, () => getBalance(user, threeMonths)),
      await measure("the same statement over pg", RUNS, () => run(pool, balance)),
    );
  } finally {
    await pool.end();
    await disconnectDb();
    await database.drop();
  }
}
