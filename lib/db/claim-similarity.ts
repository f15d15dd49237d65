// "Possibly the same claim": claims of the same actor, rolled up to the top of its hierarchy (a
// spokesperson's claim matches the ministry's and the state's), in OTHER live articles, whose quote is
// close to this one's, not yet linked SAME_CLAIM to it.
// Candidates come from the full-text index: claims sharing any three of the quote's five rarest
// English stems (rarity from the column's ANALYZE statistics). Each is then scored
//   0.6 x trigram closeness of the quotes (pg_trgm: the best of similarity and word similarity
//         either way round, so a truncated quote still scores high)
// + 0.4 x word overlap (the share of the shorter quote's stems found in the other's),
// and kept from SIMILAR_THRESHOLD on. Measured on near and far texts (README "Claim search"):
// reworded, paraphrased and truncated quotes score 0.62 and more; other statements of the same
// actor on the same subject 0.41 and less. A trigram index was tried for the candidates and
// dropped: with 100,000 claims sharing common trigrams it took 1.3 to 7.7 s a query.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { notFound } from "@/lib/errors/app-error";
import { similarClaimsQuerySchema } from "@/lib/validation/claim-search";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "./client";
import { actorTopCte, actorTreeCte, LIVE_CLAIMS_FROM, RESULT_COLUMNS, toClaimSummary, type ClaimSummary, type ResultRow } from "./claim-search-sql";
import type { z } from "zod";

export const SIMILAR_THRESHOLD = 0.5;
/** How many of the quote's rarest stems probe the full-text index (any three of them must match). */
const PROBE_WORDS = 5;
/** Quotes shorter than this (in letters and spaces) say too little to be matched on their words. */
const MIN_KEY_LENGTH = 12;

export type SimilarClaim = ClaimSummary & {
  score: number;
  /** The other claim's verdict when approved: the context a linked claim shares. */
  approvedVerdict: { rating: { key: string; label: string; color: string } | null; decidedAt: string | null } | null;
};

type SourceClaim = { id: string; articleId: string; actorId: string; quoteKey: string };

/** The statement that finds and scores the candidates (exported for the benchmark, which sends it over bare `pg`). */
export function similarClaimsStatement(claim: SourceClaim, limit: number): Prisma.Sql {
  const key = claim.quoteKey;
  return Prisma.sql`
    WITH RECURSIVE ${actorTopCte(claim.actorId)}, ${actorTreeCte("top")},
    mine AS (SELECT tsvector_to_array(to_tsvector('english', ${key})) AS words),
    -- The quote's rarest stems: unknown to the column's statistics first (rarer than any common
    -- one), then by how common ANALYZE found them, then the longest.
    rare AS (
      SELECT w.word FROM mine, unnest(mine.words) AS w(word)
      LEFT JOIN (
        SELECT e.elem, e.freq FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(elem, freq)
        WHERE s.schemaname = current_schema() AND s.tablename = 'Claim' AND s.attname = 'searchVector'
      ) f ON f.elem = w.word
      ORDER BY coalesce(f.freq, 0), length(w.word) DESC, w.word
      LIMIT ${PROBE_WORDS}
    ),
    -- Any three of them (all of them when there are fewer): the full-text index finds the candidates.
    probe AS (
      SELECT coalesce(
        (SELECT string_agg(format('(%s & %s & %s)', quote_literal(a.word), quote_literal(b.word), quote_literal(c.word)), ' | ') FROM rare a JOIN rare b ON a.word < b.word JOIN rare c ON b.word < c.word),
        (SELECT string_agg(quote_literal(word), ' & ') FROM rare)
      )::tsquery AS q
    )
    SELECT * FROM (
      SELECT ${RESULT_COLUMNS},
        0.6 * greatest(similarity(c."quoteKey", ${key}), word_similarity(${key}, c."quoteKey"), word_similarity(c."quoteKey", ${key}))
        + 0.4 * (SELECT count(*) FROM unnest(tsvector_to_array(ts_filter(c."searchVector", '{a}'))) AS theirs(word) WHERE theirs.word = ANY (mine.words))::float8
              / greatest(1, least(cardinality(mine.words), length(ts_filter(c."searchVector", '{a}')))) AS score
      ${LIVE_CLAIMS_FROM}
      CROSS JOIN mine
      WHERE c."deletedAt" IS NULL
        AND c."searchVector" @@ (SELECT q FROM probe)
        -- An array, not IN (tree): one scan of each index, not one per actor of the tree.
        AND c."actorId" = ANY ((SELECT array_agg(id) FROM tree)::text[])
        AND c."articleId" <> ${claim.articleId}
        AND NOT EXISTS (
          SELECT 1 FROM "ClaimLink" l WHERE l.kind = 'SAME_CLAIM'
            AND ((l."fromClaimId" = ${claim.id} AND l."toClaimId" = c.id) OR (l."fromClaimId" = c.id AND l."toClaimId" = ${claim.id}))
        )
    ) scored
    WHERE score >= ${SIMILAR_THRESHOLD}
    ORDER BY score DESC, id DESC
    LIMIT ${limit}`;
}

export async function findSimilarClaims(user: SessionUser, claimId: string, options: z.input<typeof similarClaimsQuerySchema> = {}): Promise<SimilarClaim[]> {
  assertCan(user, "article:read", {}, { hide: true });
  const { limit } = similarClaimsQuerySchema.parse(options);
  const db = getDb();
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null, article: { deletedAt: null } }, select: { id: true, articleId: true, actorId: true, quoteKey: true } });
  if (!claim) throw notFound("Claim");
  if (claim.quoteKey.length < MIN_KEY_LENGTH) return [];

  const rows = await db.$queryRaw<(ResultRow & { score: number })[]>(similarClaimsStatement(claim, limit));
  return rows.map((row) => {
    const summary = toClaimSummary(row);
    const approved = summary.verdict?.status === "approved" ? { rating: summary.verdict.rating, decidedAt: summary.verdict.decidedAt } : null;
    return { ...summary, score: Math.round(Number(row.score) * 100) / 100, approvedVerdict: approved };
  });
}
