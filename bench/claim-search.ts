// `npm run bench -- search`: claim search and "the same claim" over 100,000 generated claims
// (bench/many-claims.ts), indexes in place. Each typical query goes through the data function
// (permission check, zod, actor resolution, Prisma's $queryRaw, shaping, snippets parsed) and,
// as the baseline, the very statement it sends, over bare `pg` on the same data. Medians of warm runs.
import { getDb } from "../lib/db/client";
import { claimSearchStatement, searchClaims } from "../lib/db/claim-search";
import { findSimilarClaims, similarClaimsStatement } from "../lib/db/claim-similarity";
import { claimSearchQuerySchema, type ClaimSearchQueryInput } from "../lib/validation/claim-search";
import { measure, printComparison } from "./measure";
import { bindable, RUNS, runOverPg as run, withManyClaims } from "./many-claims-bench";

const CLAIMS = Number(process.env.BENCH_SEARCH_CLAIMS ?? 100_000);

export async function benchClaimSearch(): Promise<void> {
  await withManyClaims(CLAIMS, async ({ pool, user, data, generatedSeconds }) => {
    console.log(`Claim search: ${data.claims} claims (${data.liveClaims} live) in ${data.articles} articles; generated in ${generatedSeconds.toFixed(1)} s; ${RUNS} warm runs each\n`);
    const actor = data.actorWithChildren;

    const queries: [string, ClaimSearchQueryInput][] = [
      ["a word (q=Lachin)", { q: "Lachin" }],
      ['a phrase (q="fired on" Shusha)', { q: '"fired on" Shusha' }],
      [`actor rolled up (${actor.name} and ${actor.descendantIds.length} under it), q=shelled`, { q: "shelled", actor: actor.slug }],
      [`actor rolled up, no q, newest first`, { actor: actor.slug }],
      ["rating filter (rating=false), q=ceasefire", { q: "ceasefire", rating: "false" }],
      ["no q, newest first", {}],
    ];
    for (const [label, input] of queries) {
      const query = claimSearchQuerySchema.parse(input);
      const actorId = query.actor ? actor.id : null;
      const page = await searchClaims(user, input);
      printComparison(
        `Search: ${label} (${page.items.length} on the first page)`,
        await measure("searchClaims", RUNS, () => searchClaims(user, input)),
        await measure("the same statement over pg", RUNS, () => run(pool, claimSearchStatement(query, actorId))),
      );
    }

    const source = await getDb().claim.findUniqueOrThrow({ where: { id: data.nearDuplicatePair.claimId }, select: { id: true, articleId: true, actorId: true, quoteKey: true } });
    const similar = await findSimilarClaims(user, source.id, { limit: 5 });
    printComparison(
      `Similar claims of a repeated talking point (${similar.length} found, the original ${similar.some((item) => item.id === data.nearDuplicatePair.originalClaimId) ? "among them" : "NOT among them"})`,
      await measure("findSimilarClaims", RUNS, () => findSimilarClaims(user, source.id, { limit: 5 })),
      await measure("the same statement over pg", RUNS, () => run(pool, similarClaimsStatement(source, 5))),
    );

    for (const [label, input] of [["a word", { q: "Lachin" }], ["actor rolled up, newest first", { actor: actor.slug }]] as const) {
      const statement = claimSearchStatement(claimSearchQuerySchema.parse(input), "actor" in input ? actor.id : null);
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${statement.text}`, bindable(statement.values));
      console.log(`EXPLAIN ANALYZE, ${label}:\n${rows.map((row: Record<string, string>) => `  ${row["QUERY PLAN"]}`).join("\n")}\n`);
    }
    const statement = similarClaimsStatement(source, 5);
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT TEXT) ${statement.text}`, statement.values);
    console.log(`EXPLAIN ANALYZE, similar claims:\n${rows.map((row: Record<string, string>) => `  ${row["QUERY PLAN"]}`).join("\n")}\n`);
  });
}
