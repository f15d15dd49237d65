// The balance view: per top-level actor, side by side, how many claims the desk tagged, the
// rebuttals made and received, and how many of those claims it has checked (a verdict started, one
// approved), for one article or for a date range across all articles. It shows whose statements
// the desk checks and whose it does not. One SQL statement, exported for the benchmark.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "./client";
import { actorRootsCte, liveClaim, rebuttalCounts, reportedWithin, type ReportedRange } from "./actor-rollup-sql";
import type { ActorRef } from "./actor-summary";

export type BalanceScope = ReportedRange & { articleId?: string };
export type BalanceRow = {
  actor: ActorRef;
  claims: number;
  rebuttalsMade: number;
  rebuttalsReceived: number;
  /** Claims with a verdict in any state (drafted, in review, sent back or approved). */
  verdictsStarted: number;
  verdictsApproved: number;
  /** Claims nobody has started a verdict on. */
  unchecked: number;
};
export type Balance = { article: { id: string; title: string } | null; range: { from: string | null; to: string | null }; rows: BalanceRow[] };

type Row = ActorRef & Omit<BalanceRow, "actor" | "unchecked">;

/** The balance over `scope`: claims rolled up to their top-level actor, actors with no claim in scope left out. */
export function balanceStatement(scope: BalanceScope): Prisma.Sql {
  const inArticle = scope.articleId ? Prisma.sql`AND c."articleId" = ${scope.articleId}` : Prisma.empty;
  return Prisma.sql`WITH RECURSIVE ${actorRootsCte},
    scoped AS MATERIALIZED (
      SELECT c.id, ro."rootId" AS "group"
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN roots ro ON ro.id = c."actorId"
      WHERE true ${inArticle} ${liveClaim("c", "a")} ${reportedWithin("a", scope)}
    ),
    checked AS (
      SELECT s."group", count(*)::int AS claims, count(v.id)::int AS "verdictsStarted", (count(v.id) FILTER (WHERE v.status = 'APPROVED'))::int AS "verdictsApproved"
      FROM scoped s LEFT JOIN "Verdict" v ON v."claimId" = s.id
      GROUP BY s."group"
    )
    SELECT t.id, t.name, t.slug, t.color, checked.claims, checked."verdictsStarted", checked."verdictsApproved",
      coalesce(made.n, 0) AS "rebuttalsMade", coalesce(received.n, 0) AS "rebuttalsReceived"
    FROM checked
    JOIN "Actor" t ON t.id = checked."group"
    LEFT JOIN (${rebuttalCounts("made")}) made ON made."group" = checked."group"
    LEFT JOIN (${rebuttalCounts("received")}) received ON received."group" = checked."group"
    ORDER BY checked.claims DESC, t.name`;
}

/** The balance for one article (unknown or deleted: NOT_FOUND) or for a date range (none: all time). */
export async function getBalance(user: SessionUser, scope: BalanceScope = {}): Promise<Balance> {
  assertCan(user, "article:read");
  const db = getDb();
  const [article, rows] = await Promise.all([
    scope.articleId ? db.article.findFirst({ where: { id: scope.articleId, deletedAt: null }, select: { id: true, title: true } }) : null,
    db.$queryRaw<Row[]>(balanceStatement(scope)),
  ]);
  if (scope.articleId && !article) throw notFound("Article");
  return {
    article,
    range: { from: scope.from?.toISOString() ?? null, to: scope.to?.toISOString() ?? null },
    rows: rows.map(({ id, name, slug, color, ...counts }) => ({ actor: { id, name, slug, color }, ...counts, unchecked: counts.claims - counts.verdictsStarted })),
  };
}
