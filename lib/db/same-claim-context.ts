// What a SAME_CLAIM link to another article tells the workspace: for each claim of an article, the
// claims it is linked to as the same statement elsewhere, with that article's title and, when
// approved, that claim's verdict ("rated False on 26 March in …"): a verdict reached once is
// context wherever the statement is reported again, in any language.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { getDb } from "./client";

export type SameClaimContext = {
  linkId: string;
  claimId: string;
  other: { id: string; exact: string; actorName: string; articleId: string; articleTitle: string };
  approvedVerdict: { rating: { key: string; label: string; color: string } | null; decidedAt: string | null } | null;
};

/** The context of every claim of `articleId` (keyed by claim id); claims without such links are absent. */
export async function listSameClaimContext(user: SessionUser, articleId: string): Promise<Record<string, SameClaimContext[]>> {
  assertCan(user, "article:read");
  const rows = await getDb().$queryRaw<
    { linkId: string; claimId: string; otherId: string; exact: string; actorName: string; articleId: string; articleTitle: string; status: string | null; decidedAt: Date | null; ratingKey: string | null; ratingLabel: string | null; ratingColor: string | null }[]
  >`
    SELECT l.id AS "linkId", mine.id AS "claimId", other.id AS "otherId", other.exact, ac.name AS "actorName", a.id AS "articleId", a.title AS "articleTitle",
           v.status::text AS status, v."decidedAt", r.key AS "ratingKey", r.label AS "ratingLabel", r.color AS "ratingColor"
    FROM "ClaimLink" l
    JOIN "Claim" mine ON mine.id IN (l."fromClaimId", l."toClaimId") AND mine."articleId" = ${articleId} AND mine."deletedAt" IS NULL
    JOIN "Claim" other ON other.id = CASE WHEN l."fromClaimId" = mine.id THEN l."toClaimId" ELSE l."fromClaimId" END AND other."deletedAt" IS NULL
    JOIN "Article" a ON a.id = other."articleId" AND a."deletedAt" IS NULL AND a.id <> ${articleId}
    JOIN "Actor" ac ON ac.id = other."actorId"
    LEFT JOIN "Verdict" v ON v."claimId" = other.id
    LEFT JOIN "Rating" r ON r.id = v."ratingId"
    WHERE l.kind = 'SAME_CLAIM'
    ORDER BY l."createdAt", l.id`;
  const byClaim: Record<string, SameClaimContext[]> = {};
  for (const row of rows) {
    const approved = row.status === "APPROVED";
    (byClaim[row.claimId] ??= []).push({
      linkId: row.linkId,
      claimId: row.claimId,
      other: { id: row.otherId, exact: row.exact, actorName: row.actorName, articleId: row.articleId, articleTitle: row.articleTitle },
      approvedVerdict: approved ? { rating: row.ratingKey ? { key: row.ratingKey, label: row.ratingLabel ?? row.ratingKey, color: row.ratingColor ?? "#666666" } : null, decidedAt: row.decidedAt?.toISOString() ?? null } : null,
    });
  }
  return byClaim;
}
