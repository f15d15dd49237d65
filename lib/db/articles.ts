// Articles: the list on the home page and in the API. (Creation and the workspace build on this.)
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { toApiEnum } from "@/lib/domain/api-enums";
import { notFound } from "@/lib/errors/app-error";
import { listArticlesQuerySchema, type ListArticlesQuery } from "@/lib/validation/article";
import { toPage, type Page } from "@/lib/validation/pagination";
import { getDb } from "./client";

/** What identifies and describes an article, in lists and in full. */
export type ArticleMeta = {
  id: string;
  title: string;
  source: string;
  url: string | null;
  publishedAt: string | null;
  language: string;
};

export type ArticleListItem = ArticleMeta & { createdAt: string; claimCount: number };

function toArticleMeta(article: { id: string; title: string; source: string; url: string | null; publishedAt: Date | null; language: string }): ArticleMeta {
  return { id: article.id, title: article.title, source: article.source, url: article.url, publishedAt: article.publishedAt?.toISOString() ?? null, language: article.language };
}

export async function listArticles(actor: SessionUser, query: Partial<ListArticlesQuery> = {}): Promise<Page<ArticleListItem>> {
  assertCan(actor, "article:read");
  const { limit, cursor, q } = listArticlesQuerySchema.parse(query);
  const db = getDb();
  const rows = await db.article.findMany({
    where: { deletedAt: null, ...(q ? { title: { contains: q, mode: "insensitive" as const } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = toPage(rows, limit);
  // Counted for this page only: Prisma's `_count` with a filter aggregates every claim in the
  // table before joining (18x slower than raw SQL at 40k claims, and growing with the table).
  const counts = await db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: page.items.map((article) => article.id) }, deletedAt: null }, _count: { _all: true } });
  const claimCount = new Map(counts.map((row) => [row.articleId, row._count._all]));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((article) => ({ ...toArticleMeta(article), createdAt: article.createdAt.toISOString(), claimCount: claimCount.get(article.id) ?? 0 })),
  };
}

/** GET /api/v1/articles/:id: the article with everything needed to render it (API-CONVENTIONS). */
export type ArticleDetail = ArticleMeta & {
  revision: { id: string; number: number } | null;
  text: string;
  claims: ClaimDetail[];
};

export type ClaimDetail = {
  id: string;
  actor: { id: string; name: string; color: string };
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: string;
  attribution: string;
  note: string;
  origin: string;
  version: number;
  links: { id: string; kind: string; fromClaimId: string; toClaimId: string; note: string }[];
  evidence: { id: string; url: string; title: string; publisher: string; excerpt: string; stance: string }[];
  verdict: { id: string; status: string; rating: string | null; rationale: unknown; version: number; authorId: string; reviewerId: string | null } | null;
};

export async function getArticle(actor: SessionUser, articleId: string): Promise<ArticleDetail> {
  assertCan(actor, "article:read", {}, { hide: true });
  const article = await getDb().article.findFirst({
    where: { id: articleId, deletedAt: null },
    include: {
      currentRevision: true,
      claims: {
        where: { deletedAt: null },
        orderBy: [{ start: "asc" }, { end: "desc" }],
        include: {
          actor: true,
          linksFrom: { orderBy: { createdAt: "asc" } },
          linksTo: { orderBy: { createdAt: "asc" } },
          evidence: { orderBy: { createdAt: "asc" } },
          verdict: { include: { rating: true } },
        },
      },
    },
  });
  if (!article) throw notFound("Article");
  return {
    ...toArticleMeta(article),
    revision: article.currentRevision ? { id: article.currentRevision.id, number: article.currentRevision.number } : null,
    text: article.currentRevision?.text ?? "",
    claims: article.claims.map((claim) => ({
      id: claim.id,
      actor: { id: claim.actor.id, name: claim.actor.name, color: claim.actor.color },
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      anchorStatus: toApiEnum(claim.anchorStatus),
      attribution: toApiEnum(claim.attribution),
      note: claim.note,
      origin: toApiEnum(claim.origin),
      version: claim.version,
      links: [...claim.linksFrom, ...claim.linksTo].map((link) => ({ id: link.id, kind: toApiEnum(link.kind), fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, note: link.note })),
      evidence: claim.evidence.map((item) => ({ id: item.id, url: item.url, title: item.title, publisher: item.publisher, excerpt: item.excerpt, stance: toApiEnum(item.stance) })),
      verdict: claim.verdict
        ? {
            id: claim.verdict.id,
            status: toApiEnum(claim.verdict.status),
            rating: claim.verdict.rating?.key ?? null,
            rationale: claim.verdict.rationale,
            version: claim.verdict.version,
            authorId: claim.verdict.authorId,
            reviewerId: claim.verdict.reviewerId,
          }
        : null,
    })),
  };
}
