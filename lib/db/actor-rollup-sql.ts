// SQL pieces shared by the actor desk's queries (actor summary, balance): the actor tree and the
// top-level actor of every actor as recursive CTEs over Actor.parentId, what a live claim is, and
// the date a claim is reported on. One definition each, so the summary and the balance view can
// never disagree on what counts. Every value is a bound parameter.
import { Prisma } from "@/lib/generated/prisma/client";

export type ReportedRange = { from?: Date; to?: Date };

/**
 * `tree(id)`: the actor and every actor that speaks for it, directly or through others. UNION, not
 * UNION ALL: each actor is listed once (so a claim joins it once) and a cycle, should the data ever
 * hold one, ends the recursion.
 */
export const actorTreeCte = (actorId: string) => Prisma.sql`tree(id) AS (
    SELECT id FROM "Actor" WHERE id = ${actorId}
    UNION SELECT child.id FROM "Actor" child JOIN tree ON child."parentId" = tree.id
  )`;

/**
 * `roots(id, "rootId")`: every actor with the top-level actor it speaks for (a top-level actor is
 * its own root). Actors are few; the depth cap only guards against a cycle.
 */
export const actorRootsCte = Prisma.sql`roots(id, "rootId", depth) AS (
    SELECT id, id, 0 FROM "Actor" WHERE "parentId" IS NULL
    UNION ALL SELECT child.id, roots."rootId", roots.depth + 1 FROM "Actor" child JOIN roots ON child."parentId" = roots.id WHERE roots.depth < 32
  )`;

/**
 * When a claim was made, for timelines and date ranges: its article's publication date, else when
 * the article was added. Claims are tagged long after the fact, so their own createdAt says little.
 */
export const reportedAt = (article: string) => Prisma.raw(`coalesce(${article}."publishedAt", ${article}."createdAt")`);

/** `AND ...` conditions keeping claims whose article was reported within the range (both ends included). */
export function reportedWithin(article: string, range: ReportedRange): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (range.from) conditions.push(Prisma.sql`AND ${reportedAt(article)} >= ${range.from}`);
  if (range.to) conditions.push(Prisma.sql`AND ${reportedAt(article)} <= ${range.to}`);
  return conditions.length ? Prisma.join(conditions, " ") : Prisma.empty;
}

/** `AND ...`: the claim `claim` and its article `article` are both not deleted. */
export const liveClaim = (claim: string, article: string) => Prisma.raw(`AND ${claim}."deletedAt" IS NULL AND ${article}."deletedAt" IS NULL`);

/**
 * REBUTS links between a set of claims (the CTE `scoped`, with columns id and `group`) and any live
 * claim: `made` counts links from the set, `received` links to it, per `group` value.
 */
export function rebuttalCounts(direction: "made" | "received"): Prisma.Sql {
  const [own, other] = direction === "made" ? ['"fromClaimId"', '"toClaimId"'] : ['"toClaimId"', '"fromClaimId"'];
  return Prisma.sql`SELECT s."group", count(*)::int AS n
    FROM "ClaimLink" l
    JOIN scoped s ON s.id = l.${Prisma.raw(own)}
    JOIN "Claim" o ON o.id = l.${Prisma.raw(other)}
    JOIN "Article" oa ON oa.id = o."articleId"
    WHERE l.kind = 'REBUTS' ${liveClaim("o", "oa")}
    GROUP BY s."group"`;
}
