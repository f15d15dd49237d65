// SQL pieces shared by claim search and "the same claim": the actor roll-up (an actor and everyone
// speaking for it, by a recursive CTE over Actor.parentId), the joins that leave deleted claims and
// articles out, and the columns a result row carries. Server-only.
import { Prisma } from "@/lib/generated/prisma/client";
import { toApiEnum } from "@/lib/domain/api-enums";

/**
 * `tree(id)`: the actor (an id, or the `top` CTE's) and its descendants. UNION (not UNION ALL) also
 * ends a cycle in stored data.
 */
export const actorTreeCte = (root: { actorId: string } | "top") => Prisma.sql`
  tree(id) AS (
    ${root === "top" ? Prisma.sql`SELECT id FROM top` : Prisma.sql`SELECT id FROM "Actor" WHERE id = ${root.actorId}`}
    UNION
    SELECT child.id FROM "Actor" child JOIN tree ON child."parentId" = tree.id
  )`;

/** `top(id)`: the top of the actor's hierarchy (its state), at most 20 levels up. */
export const actorTopCte = (actorId: string) => Prisma.sql`
  up(id, "parentId", depth) AS (
    SELECT id, "parentId", 0 FROM "Actor" WHERE id = ${actorId}
    UNION ALL
    SELECT parent.id, parent."parentId", up.depth + 1 FROM "Actor" parent JOIN up ON parent.id = up."parentId" WHERE up.depth < 20
  ),
  top(id) AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1)`;

/** From live claims of live articles, with actor, verdict and rating: aliases c, a, ac, v, r. */
export const LIVE_CLAIMS_FROM = Prisma.sql`
  FROM "Claim" c
  JOIN "Article" a ON a.id = c."articleId" AND a."deletedAt" IS NULL
  JOIN "Actor" ac ON ac.id = c."actorId"
  LEFT JOIN "Verdict" v ON v."claimId" = c.id
  LEFT JOIN "Rating" r ON r.id = v."ratingId"`;

export const RESULT_COLUMNS = Prisma.sql`
  c.id, c.exact, c.note, c.attribution::text AS attribution, c."createdAt", c."articleId",
  a.title AS "articleTitle", a."publishedAt",
  ac.id AS "actorId", ac.name AS "actorName", ac.slug AS "actorSlug", ac.color AS "actorColor",
  v.status::text AS "verdictStatus", v."decidedAt", r.key AS "ratingKey", r.label AS "ratingLabel", r.color AS "ratingColor"`;

export type ResultRow = {
  id: string;
  exact: string;
  note: string;
  attribution: string;
  createdAt: Date;
  articleId: string;
  articleTitle: string;
  publishedAt: Date | null;
  actorId: string;
  actorName: string;
  actorSlug: string;
  actorColor: string;
  verdictStatus: string | null;
  decidedAt: Date | null;
  ratingKey: string | null;
  ratingLabel: string | null;
  ratingColor: string | null;
};

export type ClaimSummary = {
  id: string;
  exact: string;
  note: string;
  attribution: string;
  createdAt: string;
  /** The claim's day: its article's publication time, else when it was tagged. */
  date: string;
  actor: { id: string; name: string; slug: string; color: string };
  article: { id: string; title: string; publishedAt: string | null };
  verdict: { status: string; rating: { key: string; label: string; color: string } | null; decidedAt: string | null } | null;
};

export function toClaimSummary(row: ResultRow): ClaimSummary {
  return {
    id: row.id,
    exact: row.exact,
    note: row.note,
    attribution: row.attribution.toLowerCase(),
    createdAt: row.createdAt.toISOString(),
    date: (row.publishedAt ?? row.createdAt).toISOString(),
    actor: { id: row.actorId, name: row.actorName, slug: row.actorSlug, color: row.actorColor },
    article: { id: row.articleId, title: row.articleTitle, publishedAt: row.publishedAt?.toISOString() ?? null },
    verdict: row.verdictStatus
      ? {
          status: toApiEnum(row.verdictStatus),
          rating: row.ratingKey ? { key: row.ratingKey, label: row.ratingLabel ?? row.ratingKey, color: row.ratingColor ?? "#666666" } : null,
          decidedAt: row.decidedAt?.toISOString() ?? null,
        }
      : null,
  };
}
