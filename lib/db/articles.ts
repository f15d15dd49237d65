// Articles: the list, the full read with claims, creation from pasted text, metadata edits, delete.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import { createArticleSchema, listArticlesQuerySchema, updateArticleSchema, type CreateArticleInput, type ListArticlesQuery, type UpdateArticleInput } from "@/lib/validation/article";
import { docToCanonicalText, paragraphsToDoc, plainTextToParagraphs, type DocNode } from "@/lib/editor/canonical-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type Page } from "@/lib/validation/pagination";
import { getDb, type DbTx } from "./client";
import { newestFirstPage } from "./pagination";
import { recordAudit } from "./audit";
import { resolveActor } from "./actors";
import { rootActorId, withDescendants } from "@/lib/domain/actor-hierarchy";
import { CLAIM_DETAIL_INCLUDE, toClaimDetail, type ClaimDetail } from "./claim-view";
import { attachSnapshot } from "./page-snapshots";

/** What identifies and describes an article, in lists and in full. */
export type ArticleMeta = {
  id: string;
  title: string;
  source: string;
  url: string | null;
  publishedAt: string | null;
  language: string;
  /** For metadata edits: a stale version is a 409. */
  version: number;
};

export type ArticleListItem = ArticleMeta & { createdAt: string; claimCount: number; claimsByActor: { actorId: string; count: number }[] };

function toArticleMeta(article: { id: string; title: string; source: string; url: string | null; publishedAt: Date | null; language: string; version: number }): ArticleMeta {
  return { id: article.id, title: article.title, source: article.source, url: article.url, publishedAt: article.publishedAt?.toISOString() ?? null, language: article.language, version: article.version };
}

export async function listArticles(user: SessionUser, query: Partial<ListArticlesQuery> = {}): Promise<Page<ArticleListItem>> {
  assertCan(user, "article:read");
  const { limit, cursor, q, actor, verdict } = listArticlesQuerySchema.parse(query);
  const db = getDb();
  // Filters and counts roll a precise speaker (a ministry) up to the actor it speaks for.
  const hierarchy = await db.actor.findMany({ select: { id: true, parentId: true } });
  const actorIds = actor ? withDescendants(hierarchy, (await resolveActor(db, actor)).id) : undefined;
  const rows = await db.article.findMany({
    where: {
      deletedAt: null,
      ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" as const } }, { currentRevision: { text: { contains: q, mode: "insensitive" as const } } }] } : {}),
      // One claim must meet both the actor and the verdict filters.
      ...(actorIds || verdict
        ? { claims: { some: { deletedAt: null, ...(actorIds ? { actorId: { in: actorIds } } : {}), ...(verdict ? { verdict: verdict === "NONE" ? null : { status: verdict } } : {}) } } }
        : {}),
    },
    ...newestFirstPage(limit, cursor),
  });
  const page = toPage(rows, limit);
  // Counted for this page only: Prisma's `_count` with a filter aggregates every claim in the
  // table before joining (18x slower than raw SQL at 40k claims, and growing with the table).
  const counts = await db.claim.groupBy({ by: ["articleId", "actorId"], where: { articleId: { in: page.items.map((article) => article.id) }, deletedAt: null }, _count: { _all: true } });
  const byArticle = new Map<string, Map<string, number>>();
  for (const row of counts) {
    const perActor = byArticle.get(row.articleId) ?? new Map<string, number>();
    const state = rootActorId(hierarchy, row.actorId);
    perActor.set(state, (perActor.get(state) ?? 0) + row._count._all);
    byArticle.set(row.articleId, perActor);
  }
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((article) => {
      const claimsByActor = [...(byArticle.get(article.id) ?? new Map<string, number>())].map(([actorId, count]) => ({ actorId, count }));
      return { ...toArticleMeta(article), createdAt: article.createdAt.toISOString(), claimCount: claimsByActor.reduce((sum, entry) => sum + entry.count, 0), claimsByActor };
    }),
  };
}

/** GET /api/v1/articles/:id: the article with everything needed to render it (API-CONVENTIONS). */
export type ArticleDetail = ArticleMeta & {
  revision: { id: string; number: number } | null;
  /** The current revision's document (Tiptap JSON) and its canonical text. */
  body: DocNode;
  text: string;
  claims: ClaimDetail[];
};

export async function getArticle(user: SessionUser, articleId: string): Promise<ArticleDetail> {
  assertCan(user, "article:read", {}, { hide: true });
  const article = await getDb().article.findFirst({
    where: { id: articleId, deletedAt: null },
    include: {
      currentRevision: true,
      claims: { where: { deletedAt: null }, orderBy: [{ start: "asc" }, { end: "desc" }], include: CLAIM_DETAIL_INCLUDE },
    },
  });
  if (!article) throw notFound("Article");
  return {
    ...toArticleMeta(article),
    revision: article.currentRevision ? { id: article.currentRevision.id, number: article.currentRevision.number } : null,
    body: (article.currentRevision?.body as DocNode | undefined) ?? { type: "doc", content: [] },
    text: article.currentRevision?.text ?? "",
    claims: article.claims.map(toClaimDetail),
  };
}

type NewArticleFields = Omit<Prisma.ArticleUncheckedCreateInput, "createdById" | "currentRevisionId">;

/**
 * Writes an article and its revision 1 (the document and its canonical text). The document must
 * already be sanitised (articleDocSchema). No permission check and no audit: the caller
 * (createArticle, the seed) does both in its transaction.
 */
export async function insertArticle(tx: DbTx, fields: NewArticleFields, body: DocNode, authorId: string) {
  const text = docToCanonicalText(body);
  const article = await tx.article.create({ data: { ...fields, createdById: authorId } });
  // DocNode is plain JSON by construction; Prisma's JSON input type cannot see that through the interface.
  const revision = await tx.articleRevision.create({ data: { articleId: article.id, number: 1, body: body as Prisma.InputJsonObject, text, createdById: authorId } });
  await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  return { article, revision, text };
}

/** A new article from pasted plain text or a rich-text document. */
export async function createArticle(user: SessionUser, input: CreateArticleInput): Promise<ArticleDetail> {
  assertCan(user, "article:create");
  const data = createArticleSchema.parse(input);
  const articleId = await getDb().$transaction(async (tx) => {
    const fields = { title: data.title, source: data.source ?? "", url: data.url ?? null, publishedAt: data.publishedAt ? new Date(data.publishedAt) : null, language: data.language ?? "en" };
    const { article, revision, text } = await insertArticle(tx, fields, data.body ?? paragraphsToDoc(plainTextToParagraphs(data.text ?? "")), user.id);
    if (data.snapshotId) await attachSnapshot(tx, user, data.snapshotId, { articleId: article.id, revisionId: revision.id });
    await recordAudit(tx, { userId: user.id, entity: "Article", entityId: article.id, articleId: article.id, action: "create", after: { title: article.title, characters: text.length, ...(data.snapshotId ? { snapshotId: data.snapshotId } : {}) } });
    return article.id;
  });
  return getArticle(user, articleId);
}

export async function updateArticle(user: SessionUser, articleId: string, input: UpdateArticleInput): Promise<ArticleDetail> {
  const data = updateArticleSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.article.findFirst({ where: { id: articleId, deletedAt: null } });
    if (!before) throw notFound("Article");
    assertCan(user, "article:update", { createdById: before.createdById });
    const { count } = await tx.article.updateMany({
      where: { id: articleId, version: data.version, deletedAt: null },
      data: {
        title: data.title,
        source: data.source,
        url: data.url,
        publishedAt: data.publishedAt === undefined ? undefined : data.publishedAt === null ? null : new Date(data.publishedAt),
        language: data.language,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this article since you opened it.", { details: { current: toArticleMeta(before) } });
    await recordAudit(tx, { userId: user.id, entity: "Article", entityId: articleId, articleId, action: "update", before: { title: before.title, source: before.source, url: before.url }, after: { title: data.title, source: data.source, url: data.url, publishedAt: data.publishedAt, language: data.language } });
  });
  return getArticle(user, articleId);
}

export async function deleteArticle(user: SessionUser, articleId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null } });
    if (!article) throw notFound("Article");
    assertCan(user, "article:delete", { createdById: article.createdById });
    await tx.article.update({ where: { id: articleId }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await recordAudit(tx, { userId: user.id, entity: "Article", entityId: articleId, articleId, action: "delete", before: { title: article.title } });
  });
}
