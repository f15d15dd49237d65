// `npm run bench -- actors`: the actor summary over 100,000 generated claims (bench/many-claims.ts)
// for a state with ministries and spokespeople under it, unfiltered and over three months, through
// getActorSummary (permission check, Prisma's $queryRaw, shaping) against the same SQL statements
// sent by bare `pg`, side by side on a pool as the app sends them, on the same data, indexes in
// place. Also the balance view over the same three months. Figures are medians of warm runs, the
// two sides taken turn about so that the machine's changing load falls on both alike.
import { actorSummaryStatements, getActorSummary, SUMMARY_CLAIMS } from "../lib/db/actor-summary";
import { balanceStatement, getBalance } from "../lib/db/actor-balance";
import { measureInterleaved, printComparison } from "./measure";
import { RUNS, runOverPg as run, withManyClaims } from "./many-claims-bench";

const CLAIMS = Number(process.env.BENCH_ACTOR_CLAIMS ?? 100_000);

export async function benchActorSummary(): Promise<void> {
  await withManyClaims(CLAIMS, async ({ pool, user, data, generatedSeconds }) => {
    console.log(`Actor summary: ${data.claims} claims (${data.liveClaims} live) in ${data.articles} articles, ${data.verdicts} verdicts, ${data.rebuttals} rebuttals; generated in ${generatedSeconds.toFixed(1)} s; ${RUNS} warm runs each\n`);
    const actor = data.actorWithChildren;
    const to = data.lastPublishedAt;
    const threeMonths = { from: new Date(to.getTime() - 91 * 24 * 3600 * 1000), to };

    for (const [label, range] of [["all time", {}], ["three months", threeMonths]] as const) {
      const summary = await getActorSummary(user, actor.id, range);
      const statements = Object.values(actorSummaryStatements(actor.id, range, { limit: SUMMARY_CLAIMS }));
      printComparison(
        `Summary of ${actor.name} and the ${actor.descendantIds.length} actors under it, ${label} (${summary.counts.claims} claims, ${summary.timeline.length} weeks)`,
        ...(await measureInterleaved(
          RUNS,
          { name: "getActorSummary", run: () => getActorSummary(user, actor.id, range) },
          { name: `the same ${statements.length} statements over pg`, run: () => Promise.all(statements.map((statement) => run(pool, statement))) },
        )),
      );
    }

    const balance = balanceStatement(threeMonths);
    printComparison(
      "Balance view over three months, every top-level actor",
      ...(await measureInterleaved(RUNS, { name: "getBalance", run: () => getBalance(user, threeMonths) }, { name: "the same statement over pg", run: () => run(pool, balance) })),
    );
  });
}
