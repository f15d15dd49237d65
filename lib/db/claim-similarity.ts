// "Possibly the same claim": claims of the same actor, rolled up to the top of its hierarchy (a
// spokesperson's claim matches the ministry's and the state's), in OTHER live articles, whose quote is
// close to this one's, not yet linked SAME_CLAIM to it. Candidates come from the trigram index on
// Claim.quoteKey (whole-quote similarity, or this quote found inside a longer one); each is scored
//   0.6 x trigram closeness (the best of similarity and word similarity either way round)
// + 0.4 x word overlap (the share of English stems of the shorter quote found in the other),
// and kept from SIMILAR_THRESHOLD on. Measured on near and far texts (README "Claim search"):
// reworded and truncated quotes score 0.62 and more; other statements of the same actor on the same
// subject 0.41 and less.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { notFound } from "@/lib/errors/app-error";
import { similarClaimsQuerySchema } from "@/lib/validation/claim-search";
import { getDb } from "./client";
import { actorTopCte, actorTreeCte, LIVE_CLAIMS_FROM, RESULT_COLUMNS, toClaimSummary, type ClaimSummary, type ResultRow } from "./claim-search-sql";
import type { z } from "zod";

export const SIMILAR_THRESHOLD = 0.5;
/** pg_trgm's `%` (whole-quote similarity) and `<%` (this quote inside another): loose, the score decides. */
const TRIGRAM_CANDIDATE = "0.3";
const WORD_CANDIDATE = "0.6";
/** Quotes shorter than this (in letters and spaces) say too little to be matched on their words. */
const MIN_KEY_LENGTH = 12;

export type SimilarClaim = ClaimSummary & {
  score: number;
  /** The other claim's verdict when approved: the context a linked claim shares. */
  approvedVerdict: { rating: { key: string; label: string; color: string } | null; decidedAt: string | null } | null;
};

export async function findSimilarClaims(user: SessionUser, claimId: string, options: z.input<typeof similarClaimsQuerySchema> = {}): Promise<SimilarClaim[]> {
  assertCan(user, "article:read", {}, { hide: true });
  const { limit } = similarClaimsQuerySchema.parse(options);
  const db = getDb();
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null, article: { deletedAt: null } }, select: { id: true, articleId: true, actorId: true, quoteKey: true } });
  if (!claim) throw notFound("Claim");
  if (claim.quoteKey.length < MIN_KEY_LENGTH) return [];

  const rows = await db.$transaction(async (tx) => {
    // The candidate thresholds of pg_trgm's operators, for this transaction only.
    await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${TRIGRAM_CANDIDATE}, true), set_config('pg_trgm.word_similarity_threshold', ${WORD_CANDIDATE}, true)`;
    return tx.$queryRaw<(ResultRow & { score: number })[]>`
      WITH RECURSIVE ${actorTopCte(claim.actorId)}, ${actorTreeCte("top")}
      SELECT * FROM (
        SELECT ${RESULT_COLUMNS},
          0.6 * greatest(similarity(c."quoteKey", ${claim.quoteKey}), word_similarity(${claim.quoteKey}, c."quoteKey"), word_similarity(c."quoteKey", ${claim.quoteKey}))
          + 0.4 * quote_word_overlap(${claim.quoteKey}, c."quoteKey") AS score
        ${LIVE_CLAIMS_FROM}
        WHERE c."deletedAt" IS NULL
          AND (c."quoteKey" % ${claim.quoteKey} OR ${claim.quoteKey} <% c."quoteKey")
          AND c."articleId" <> ${claim.articleId}
          AND c."actorId" IN (SELECT id FROM tree)
          AND NOT EXISTS (
            SELECT 1 FROM "ClaimLink" l WHERE l.kind = 'SAME_CLAIM'
              AND ((l."fromClaimId" = ${claim.id} AND l."toClaimId" = c.id) OR (l."fromClaimId" = c.id AND l."toClaimId" = ${claim.id}))
          )
      ) scored
      WHERE score >= ${SIMILAR_THRESHOLD}
      ORDER BY score DESC, id DESC
      LIMIT ${limit}`;
  });
  return rows.map((row) => {
    const summary = toClaimSummary(row);
    const approved = summary.verdict?.status === "approved" ? { rating: summary.verdict.rating, decidedAt: summary.verdict.decidedAt } : null;
    return { ...summary, score: Math.round(Number(row.score) * 100) / 100, approvedVerdict: approved };
  });
}
