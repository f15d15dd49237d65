// The actor summary (the actor page and GET /api/v1/actors/:id/summary): an actor's claims rolled
// up over every actor that speaks for it, the rebuttals it made and received, its approved verdicts
// by rating, claims per week, the same rating distribution for the other top-level actors, and the
// newest claims (GET /api/v1/actors/:id/claims pages on). A handful of SQL statements run side by
// side; they are exported so the benchmark can time the very same SQL through bare `pg`.
import { assertCan } from "@/lib/auth/permissions";
import { toApiEnum } from "@/lib/domain/api-enums";
import type { SessionUser } from "@/lib/domain/roles";
import type { ApiVerdictStatus } from "@/lib/domain/verdict-workflow";
import { fillWeeks, type WeekCount } from "@/lib/domain/weekly-timeline";
import { notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type Page } from "@/lib/validation/pagination";
import { getDb } from "./client";
import { actorRootsCte, actorTreeCte, liveClaim, rebuttalCounts, reportedAt, reportedWithin, type ReportedRange } from "./actor-rollup-sql";

export type ActorRef = { id: string; name: string; slug: string; color: string };
export type RatingCount = { key: string; label: string; color: string; count: number };
export type ActorSummaryClaim = {
  id: string;
  exact: string;
  /** When the claim was reported: its article's publication date (else when the article was added). */
  reportedAt: string;
  article: { id: string; title: string };
  /** Who said it: the actor itself or one speaking for it. */
  actor: ActorRef;
  verdict: { status: ApiVerdictStatus; rating: { key: string; label: string; color: string } | null } | null;
};
export type ActorSummary = {
  actor: ActorRef & { kind: string; description: string; parent: ActorRef | null; children: ActorRef[] };
  range: { from: string | null; to: string | null };
  counts: {
    /** Live claims of the actor and of every actor under it, each once. */
    claims: number;
    /** Of those, the ones attributed to the actor itself. */
    ownClaims: number;
    rebuttalsMade: number;
    rebuttalsReceived: number;
    approvedVerdicts: number;
  };
  /** Approved verdicts only, by rating, in the scale's order (every rating, zeros included). */
  ratings: RatingCount[];
  timeline: WeekCount[];
  /** Every other top-level actor's approved verdicts by rating, over the same range. */
  comparison: { actor: ActorRef; approvedVerdicts: number; ratings: RatingCount[] }[];
  claims: Page<ActorSummaryClaim>;
};
export type ActorClaimsOptions = ReportedRange & { cursor?: string; limit?: number };

/** Claims in the summary itself; the API's claim list goes on from there. */
export const SUMMARY_CLAIMS = 20;

type ActorRow = ActorRef & { kind: string; description: string; parent: ActorRef | null; children: ActorRef[] };
type RatingRow = { id: string; key: string; label: string; color: string };
type RatingCountRow = { ratingId: string; count: number };
type StatsRow = { claims: number; ownClaims: number; rebuttalsMade: number; rebuttalsReceived: number; ratings: RatingCountRow[]; timeline: WeekCount[] };
type ComparisonRow = ActorRef & { ratings: RatingCountRow[] };
type ClaimRow = {
  id: string;
  exact: string;
  reportedAt: Date;
  articleId: string;
  articleTitle: string;
  actorId: string;
  actorName: string;
  actorSlug: string;
  actorColor: string;
  verdictStatus: string | null;
  ratingKey: string | null;
  ratingLabel: string | null;
  ratingColor: string | null;
};

/** The actor's claims and their roll-up: `scoped` (id, actorId, reportedAt, group) for the other statements. */
const scopedClaims = (actorId: string, range: ReportedRange) => Prisma.sql`WITH RECURSIVE ${actorTreeCte(actorId)},
  scoped AS MATERIALIZED (
    SELECT c.id, c."actorId", ${reportedAt("a")} AS "reportedAt", 1 AS "group"
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c."actorId" IN (SELECT id FROM tree) ${liveClaim("c", "a")} ${reportedWithin("a", range)}
  )`;

/** The SQL of one summary, statement by statement (getActorSummary runs exactly these). */
export function actorSummaryStatements(actorId: string, range: ReportedRange, page: { cursor?: string; limit: number }) {
  return {
    actor: Prisma.sql`SELECT a.id, a.name, a.slug, a.color, lower(a.kind::text) AS kind, a.description,
        (SELECT json_build_object('id', p.id, 'name', p.name, 'slug', p.slug, 'color', p.color) FROM "Actor" p WHERE p.id = a."parentId") AS parent,
        (SELECT coalesce(json_agg(json_build_object('id', k.id, 'name', k.name, 'slug', k.slug, 'color', k.color) ORDER BY k.name), '[]') FROM "Actor" k WHERE k."parentId" = a.id) AS children
      FROM "Actor" a WHERE a.id = ${actorId}`,
    ratings: Prisma.sql`SELECT id, key, label, color FROM "Rating" ORDER BY position, key`,
    stats: Prisma.sql`${scopedClaims(actorId, range)}
      SELECT
        (SELECT count(*)::int FROM scoped) AS claims,
        (SELECT count(*)::int FROM scoped WHERE "actorId" = ${actorId}) AS "ownClaims",
        (SELECT coalesce(sum(n), 0)::int FROM (${rebuttalCounts("made")}) made) AS "rebuttalsMade",
        (SELECT coalesce(sum(n), 0)::int FROM (${rebuttalCounts("received")}) received) AS "rebuttalsReceived",
        (SELECT coalesce(json_agg(json_build_object('ratingId', r."ratingId", 'count', r.n)), '[]')
          FROM (SELECT v."ratingId", count(*)::int AS n FROM scoped s JOIN "Verdict" v ON v."claimId" = s.id
                WHERE v.status = 'APPROVED' AND v."ratingId" IS NOT NULL GROUP BY v."ratingId") r) AS ratings,
        (SELECT coalesce(json_agg(json_build_object('week', to_char(w.week, 'YYYY-MM-DD'), 'claims', w.n) ORDER BY w.week), '[]')
          FROM (SELECT date_trunc('week', "reportedAt") AS week, count(*)::int AS n FROM scoped GROUP BY 1) w) AS timeline`,
    comparison: Prisma.sql`WITH RECURSIVE ${actorRootsCte}
      SELECT t.id, t.name, t.slug, t.color,
        coalesce(json_agg(json_build_object('ratingId', x."ratingId", 'count', x.n)) FILTER (WHERE x.n IS NOT NULL), '[]') AS ratings
      FROM "Actor" t
      LEFT JOIN (
        SELECT ro."rootId", v."ratingId", count(*)::int AS n
        FROM "Verdict" v
        JOIN "Claim" c ON c.id = v."claimId"
        JOIN "Article" a ON a.id = c."articleId"
        JOIN roots ro ON ro.id = c."actorId"
        WHERE v.status = 'APPROVED' AND v."ratingId" IS NOT NULL ${liveClaim("c", "a")} ${reportedWithin("a", range)}
        GROUP BY 1, 2
      ) x ON x."rootId" = t.id
      WHERE t."parentId" IS NULL AND t.id <> ${actorId}
      GROUP BY t.id ORDER BY t.name`,
    claims: claimsPageStatement(actorId, range, page),
  };
}

/**
 * Newest first by reported date, then id; the cursor is the last claim's id. The page is chosen on
 * narrow rows first (index-only over the claim and its article), then only its rows are joined to
 * their speaker, verdict and rating.
 */
function claimsPageStatement(actorId: string, range: ReportedRange, page: { cursor?: string; limit: number }) {
  const after = page.cursor
    ? Prisma.sql`AND (${reportedAt("a")}, c.id) < (SELECT ${reportedAt("ca")}, cc.id FROM "Claim" cc JOIN "Article" ca ON ca.id = cc."articleId" WHERE cc.id = ${page.cursor})`
    : Prisma.empty;
  return Prisma.sql`WITH RECURSIVE ${actorTreeCte(actorId)},
    newest AS (
      SELECT c.id, c."articleId", c."actorId", ${reportedAt("a")} AS "reportedAt"
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c."actorId" IN (SELECT id FROM tree) ${liveClaim("c", "a")} ${reportedWithin("a", range)} ${after}
      ORDER BY ${reportedAt("a")} DESC, c.id DESC
      LIMIT ${page.limit + 1}
    )
    SELECT n.id, c.exact, n."reportedAt", a.id AS "articleId", a.title AS "articleTitle",
      sp.id AS "actorId", sp.name AS "actorName", sp.slug AS "actorSlug", sp.color AS "actorColor",
      v.status::text AS "verdictStatus", r.key AS "ratingKey", r.label AS "ratingLabel", r.color AS "ratingColor"
    FROM newest n
    JOIN "Claim" c ON c.id = n.id
    JOIN "Article" a ON a.id = n."articleId"
    JOIN "Actor" sp ON sp.id = n."actorId"
    LEFT JOIN "Verdict" v ON v."claimId" = n.id
    LEFT JOIN "Rating" r ON r.id = v."ratingId"
    ORDER BY n."reportedAt" DESC, n.id DESC`;
}

function toClaim(row: ClaimRow): ActorSummaryClaim {
  return {
    id: row.id,
    exact: row.exact,
    reportedAt: row.reportedAt.toISOString(),
    article: { id: row.articleId, title: row.articleTitle },
    actor: { id: row.actorId, name: row.actorName, slug: row.actorSlug, color: row.actorColor },
    verdict: row.verdictStatus
      ? { status: toApiEnum(row.verdictStatus) as ApiVerdictStatus, rating: row.ratingKey ? { key: row.ratingKey, label: row.ratingLabel!, color: row.ratingColor! } : null }
      : null,
  };
}

/** Counts per rating in the scale's order, every rating present (zeros included). */
function countRatings(scale: RatingRow[], counts: RatingCountRow[]): RatingCount[] {
  const byId = new Map(counts.map((row) => [row.ratingId, row.count]));
  return scale.map((rating) => ({ key: rating.key, label: rating.label, color: rating.color, count: byId.get(rating.id) ?? 0 }));
}

const sum = (ratings: RatingCount[]) => ratings.reduce((total, rating) => total + rating.count, 0);

/** The actor summary over `range` (both ends included; none: all time). Unknown actor: NOT_FOUND. */
export async function getActorSummary(user: SessionUser, actorId: string, range: ReportedRange = {}): Promise<ActorSummary> {
  assertCan(user, "article:read");
  const statements = actorSummaryStatements(actorId, range, { limit: SUMMARY_CLAIMS });
  const db = getDb();
  const [[actor], scale, [stats], comparison, claimRows] = await Promise.all([
    db.$queryRaw<ActorRow[]>(statements.actor),
    db.$queryRaw<RatingRow[]>(statements.ratings),
    db.$queryRaw<StatsRow[]>(statements.stats),
    db.$queryRaw<ComparisonRow[]>(statements.comparison),
    db.$queryRaw<ClaimRow[]>(statements.claims),
  ]);
  if (!actor) throw notFound("Actor");
  const ratings = countRatings(scale, stats.ratings);
  return {
    actor,
    range: { from: range.from?.toISOString() ?? null, to: range.to?.toISOString() ?? null },
    counts: { claims: stats.claims, ownClaims: stats.ownClaims, rebuttalsMade: stats.rebuttalsMade, rebuttalsReceived: stats.rebuttalsReceived, approvedVerdicts: sum(ratings) },
    ratings,
    timeline: fillWeeks(stats.timeline, range),
    comparison: comparison.map(({ ratings: counts, ...other }) => {
      const otherRatings = countRatings(scale, counts);
      return { actor: other, approvedVerdicts: sum(otherRatings), ratings: otherRatings };
    }),
    claims: toPage(claimRows.map(toClaim), SUMMARY_CLAIMS),
  };
}

/** One page of the actor's rolled-up claims, newest first (GET /api/v1/actors/:id/claims). */
export async function listActorClaims(user: SessionUser, actorId: string, options: ActorClaimsOptions = {}): Promise<Page<ActorSummaryClaim>> {
  assertCan(user, "article:read");
  const db = getDb();
  const limit = options.limit ?? 50;
  const [actor, rows] = await Promise.all([
    db.actor.findUnique({ where: { id: actorId }, select: { id: true } }),
    db.$queryRaw<ClaimRow[]>(claimsPageStatement(actorId, options, { cursor: options.cursor, limit })),
  ]);
  if (!actor) throw notFound("Actor");
  return toPage(rows.map(toClaim), limit);
}

/** The id of the actor with this slug (the actor page's address). Unknown slug: NOT_FOUND. */
export async function findActorIdBySlug(user: SessionUser, slug: string): Promise<string> {
  assertCan(user, "article:read");
  const actor = await getDb().actor.findUnique({ where: { slug }, select: { id: true } });
  if (!actor) throw notFound("Actor");
  return actor.id;
}
