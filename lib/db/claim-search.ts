// Claim search across articles (/claims, GET /api/v1/claims and its CSV): full text over quotes,
// notes and verdict rationales (the trigger-kept Claim.searchVector, English, web-search syntax),
// filters (actor rolled up, attribution, verdict status or none, rating, article, day range), keyset
// pagination (rank then id for a text search, else newest tagged first) and highlighted snippets.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { parseMarkedSnippet, SNIPPET_START, SNIPPET_STOP, type Snippet } from "@/lib/domain/marked-snippet";
import { claimSearchQuerySchema, encodeClaimSearchCursor, type ClaimSearchQuery, type ClaimSearchQueryInput } from "@/lib/validation/claim-search";
import type { Page } from "@/lib/validation/pagination";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type DbTx } from "./client";
import { resolveActor } from "./actors";
import { actorTreeCte, LIVE_CLAIMS_FROM, RESULT_COLUMNS, toClaimSummary, type ClaimSummary, type ResultRow } from "./claim-search-sql";

/**
 * `snippet`: the whole quote, its matched words highlighted. `context`: a few words of the note or
 * the verdict's rationale around a match there, or null when the words matched only the quote.
 */
export type ClaimSearchResult = ClaimSummary & { snippet: Snippet; context: Snippet | null };

const DAY_MS = 86_400_000;
// ts_headline options: the matches marked with characters the text cannot hold; the whole quote,
// and about 25 words of the note and rationale around their best match.
const MARKS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}`;
const QUOTE_HEADLINE = `${MARKS}, HighlightAll=true`;
const CONTEXT_HEADLINE = `${MARKS}, MaxWords=25, MinWords=10`;
/** The count shown above results stops here ("more than 1,000"): counting every match of a common word costs more than it tells. */
export const COUNT_CAP = 1000;

type Filters = Omit<ClaimSearchQuery, "limit" | "cursor">;

/** The WITH clause and WHERE conditions of a search (the actor already resolved to an id); shared by the page of results and its count. */
function buildFilters(filters: Filters, actorId: string | null) {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."deletedAt" IS NULL`];
  if (filters.q) conditions.push(Prisma.sql`c."searchVector" @@ websearch_to_tsquery('english', ${filters.q})`);
  if (actorId) conditions.push(Prisma.sql`c."actorId" IN (SELECT id FROM tree)`);
  if (filters.attribution) conditions.push(Prisma.sql`c.attribution = ${filters.attribution}::"Attribution"`);
  if (filters.status === "NONE") conditions.push(Prisma.sql`v.id IS NULL`);
  else if (filters.status) conditions.push(Prisma.sql`v.status = ${filters.status}::"VerdictStatus"`);
  if (filters.rating) conditions.push(Prisma.sql`r.key = ${filters.rating}`);
  if (filters.article) conditions.push(Prisma.sql`c."articleId" = ${filters.article}`);
  // A claim's day is its article's publication day; a claim in an undated article counts on the day it was tagged.
  if (filters.from) conditions.push(Prisma.sql`coalesce(a."publishedAt", c."createdAt") >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  if (filters.to) conditions.push(Prisma.sql`coalesce(a."publishedAt", c."createdAt") < ${new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS)}`);
  const withClause = actorId ? Prisma.sql`WITH RECURSIVE ${actorTreeCte({ actorId })}` : Prisma.empty;
  return { withClause, conditions };
}

type SearchRow = ResultRow & { rank: number | null; markedQuote: string | null; markedContext: string | null };

/** The one statement behind a page of results (exported for the benchmark, which sends it over bare `pg`). */
export function claimSearchStatement(query: ClaimSearchQuery, actorId: string | null): Prisma.Sql {
  const { withClause, conditions } = buildFilters(query, actorId);
  const { cursor, limit, q } = query;
  const rank = q ? Prisma.sql`ts_rank(c."searchVector", websearch_to_tsquery('english', ${q}))` : null;
  if (cursor && rank) conditions.push(Prisma.sql`(${rank}, c.id) < (${Number(cursor.key)}::real, ${cursor.id})`);
  if (cursor && !rank) conditions.push(Prisma.sql`(c."createdAt", c.id) < (${new Date(String(cursor.key))}, ${cursor.id})`);
  const order = rank ? Prisma.sql`rank DESC, id DESC` : Prisma.sql`"createdAt" DESC, id DESC`;
  const unmarked = (text: Prisma.Sql) => Prisma.sql`translate(${text}, ${SNIPPET_START + SNIPPET_STOP}, '')`;
  const headline = (text: Prisma.Sql, options: string) => (q ? Prisma.sql`ts_headline('english', ${unmarked(text)}, websearch_to_tsquery('english', ${q}), ${options})` : Prisma.sql`NULL::text`);
  const snippets = Prisma.sql`${headline(Prisma.sql`p.exact`, QUOTE_HEADLINE)} AS "markedQuote", ${headline(Prisma.sql`p.note || E'\\n' || tiptap_plain_text(p.rationale)`, CONTEXT_HEADLINE)} AS "markedContext"`;
  // The page is chosen first on narrow rows (id, time, rank: a sort of thousands of matches then
  // stays in memory), then its rows are read whole, and ts_headline (costly) runs on them only.
  return Prisma.sql`
    ${withClause}
    SELECT p.*, ${snippets} FROM (
      SELECT ${RESULT_COLUMNS}, v.rationale, page.rank
      FROM (
        SELECT c.id, c."createdAt", ${rank ?? Prisma.sql`NULL::real`} AS rank
        ${LIVE_CLAIMS_FROM}
        WHERE ${Prisma.join(conditions, " AND ")}
        ORDER BY ${order}
        LIMIT ${limit + 1}
      ) page
      JOIN "Claim" c ON c.id = page.id
      JOIN "Article" a ON a.id = c."articleId"
      JOIN "Actor" ac ON ac.id = c."actorId"
      LEFT JOIN "Verdict" v ON v."claimId" = c.id
      LEFT JOIN "Rating" r ON r.id = v."ratingId"
    ) p
    ORDER BY ${order}`;
}

/** An actor reference (id, slug, name or alias) as an id; 422 when it names nobody. */
async function resolveActorId(db: DbTx, reference: string | undefined): Promise<string | null> {
  if (!reference) return null;
  // The form and the API send a slug or an id: one look-up by a unique index; names and aliases after.
  const direct = await db.actor.findFirst({ where: { OR: [{ id: reference }, { slug: reference }] }, select: { id: true } });
  return direct?.id ?? (await resolveActor(db, reference)).id;
}

/** One page of claims matching the query, with a snippet of where the words matched. */
export async function searchClaims(user: SessionUser, input: ClaimSearchQueryInput): Promise<Page<ClaimSearchResult>> {
  assertCan(user, "article:read");
  const query = claimSearchQuerySchema.parse(input);
  const db = getDb();
  const rows = await db.$queryRaw<SearchRow[]>(claimSearchStatement(query, await resolveActorId(db, query.actor)));
  const { limit } = query;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeClaimSearchCursor({ key: query.q ? Number(last.rank) : last.createdAt.toISOString(), id: last.id }) : null;
  return {
    nextCursor,
    items: items.map((row) => {
      const context = row.markedContext ? parseMarkedSnippet(row.markedContext) : null;
      return { ...toClaimSummary(row), snippet: row.markedQuote ? parseMarkedSnippet(row.markedQuote) : { text: row.exact, highlights: [] }, context: context?.highlights.length ? context : null };
    }),
  };
}

/** How many claims match, up to COUNT_CAP: `more` says there are more than that. */
export async function countClaims(user: SessionUser, input: ClaimSearchQueryInput): Promise<{ count: number; more: boolean }> {
  assertCan(user, "article:read");
  const query = claimSearchQuerySchema.parse(input);
  const db = getDb();
  const { withClause, conditions } = buildFilters(query, await resolveActorId(db, query.actor));
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`
    ${withClause}
    SELECT count(*)::int AS count FROM (SELECT 1 ${LIVE_CLAIMS_FROM} WHERE ${Prisma.join(conditions, " AND ")} LIMIT ${COUNT_CAP + 1}) capped`;
  return { count: Math.min(count, COUNT_CAP), more: count > COUNT_CAP };
}

/** The CSV download stops here; the page says so. Narrow the filters for more. */
export const EXPORT_CAP = 5000;

/** Every page of a search, up to EXPORT_CAP claims, one page at a time (for streaming a download). */
export async function* searchAllClaims(user: SessionUser, input: Omit<ClaimSearchQueryInput, "cursor" | "limit">): AsyncGenerator<ClaimSearchResult[]> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await searchClaims(user, { ...input, limit: 100, cursor });
    const items = page.items.slice(0, EXPORT_CAP - sent);
    sent += items.length;
    yield items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < EXPORT_CAP);
}
