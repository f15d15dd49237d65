// Articles from published pages: the import preview (fetch a URL safely and archive what came back,
// or read pasted/uploaded HTML, text or .docx), and refreshing an article from its source URL, which
// archives the page again and, when the text changed, makes a new revision through insertRevision
// (lib/db/revisions.ts), which re-anchors every claim in the same transaction.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { diffWords, type WordDiffPart } from "@/lib/domain/word-diff";
import { BLOCK_SEPARATOR, docToCanonicalText, type DocNode } from "@/lib/editor/canonical-text";
import { sanitiseDoc } from "@/lib/editor/sanitise-doc";
import { AppError, notFound } from "@/lib/errors/app-error";
import { previewFromDocx, previewFromHtml, previewFromText } from "@/lib/import/extract-article";
import { docFromBlocks, type ArticlePreview } from "@/lib/import/import-blocks";
import { fetchPage, type FetchedPage } from "@/lib/import/safe-fetch";
import { importPreviewSchema, type ImportPreviewInput } from "@/lib/validation/article-import";
import { getDb } from "./client";
import { recordAudit } from "./audit";
import { insertSnapshot } from "./page-snapshots";
import { insertRevision, type ReanchorSummary } from "./revisions";

/**
 * Fetching loopback addresses is refused everywhere except in our own tests, whose fixture pages
 * are served on 127.0.0.1. Production never sets this; private networks stay refused even with it.
 */
const allowLoopback = () => process.env.COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK === "1";

export type ImportPreview = ArticlePreview & {
  /** The archived page, for a URL import: the article created from this preview points to it. */
  snapshot: { id: string; finalUrl: string; fetchedAt: string; sha256: string; bytes: number } | null;
};

function previewOfPage(page: FetchedPage): ArticlePreview {
  return page.contentType === "text/plain" ? previewFromText(page.text) : previewFromHtml(page.text, { url: page.finalUrl });
}

/** What an import would create, for the journalist to check before saving. Writes only the archived page. */
export async function previewImport(user: SessionUser, input: ImportPreviewInput): Promise<ImportPreview> {
  assertCan(user, "article:create");
  const data = importPreviewSchema.parse(input);
  switch (data.kind) {
    case "url": {
      const page = await fetchPage(data.url, { allowLoopback: allowLoopback() });
      const preview = previewOfPage(page);
      const snapshot = await getDb().$transaction(async (tx) => {
        const row = await insertSnapshot(tx, user, page);
        await recordAudit(tx, { userId: user.id, entity: "PageSnapshot", entityId: row.id, action: "fetch", after: { requestedUrl: page.requestedUrl, finalUrl: page.finalUrl, sha256: page.sha256, bytes: page.body.length } });
        return row;
      });
      return {
        ...preview,
        // The address the page says it lives at, else where the redirects ended.
        metadata: { ...preview.metadata, canonicalUrl: preview.metadata.canonicalUrl ?? page.finalUrl },
        snapshot: { id: snapshot.id, finalUrl: page.finalUrl, fetchedAt: page.fetchedAt, sha256: page.sha256, bytes: page.body.length },
      };
    }
    case "html":
      return { ...previewFromHtml(data.html, { url: data.url }), snapshot: null };
    case "text":
      return { ...previewFromText(data.text), snapshot: null };
    case "docx":
      return { ...(await previewFromDocx(Buffer.from(data.docx, "base64"))), snapshot: null };
  }
}

export type RefreshResult = {
  changed: boolean;
  snapshotId: string;
  fetchedAt: string;
  /** The new revision, when the text changed. */
  revision: { id: string; number: number } | null;
  /** Word differences between the previous and the new text (empty when unchanged). */
  diff: WordDiffPart[];
  claims: ReanchorSummary;
};

/** Fetches the article's source again; a changed text becomes a new revision and claims re-anchor. */
export async function refreshArticle(user: SessionUser, articleId: string): Promise<RefreshResult> {
  const db = getDb();
  const found = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, include: { currentRevision: true } });
  if (!found?.currentRevision) throw notFound("Article");
  assertCan(user, "article:update", { createdById: found.createdById });
  if (!found.url) throw new AppError("UNPROCESSABLE", "This article has no source URL to refresh from. Add one with “Edit details”.", { details: { field: "url" } });

  // Fetched outside the transaction: a slow page must not hold database locks.
  const page = await fetchPage(found.url, { allowLoopback: allowLoopback() });
  // Furniture the journalist restored at import (or kept since) stays: only new furniture is dropped.
  const { blocks } = previewOfPage(page);
  const kept = new Set(found.currentRevision.text.split(BLOCK_SEPARATOR));
  const body: DocNode = sanitiseDoc(docFromBlocks(blocks, new Set(blocks.filter((block) => block.removed && kept.has(block.text)).map((block) => block.id))));
  const text = docToCanonicalText(body);
  if (!text) throw new AppError("UNPROCESSABLE", "The page no longer has any article text; nothing was changed.", { details: { field: "url" } });

  return db.$transaction(
    async (tx) => {
      const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, include: { currentRevision: true } });
      // Someone else refreshed or edited the text while the page was being fetched.
      if (!article?.currentRevision || article.currentRevision.id !== found.currentRevision!.id) throw new AppError("CONFLICT", "The article's text changed while its page was being fetched. Refresh again.");
      const previous = article.currentRevision;
      if (text === previous.text) {
        const snapshot = await insertSnapshot(tx, user, page, { articleId });
        await recordAudit(tx, { userId: user.id, entity: "Article", entityId: articleId, articleId, action: "refresh", after: { changed: false, snapshotId: snapshot.id, sha256: page.sha256 } });
        return { changed: false, snapshotId: snapshot.id, fetchedAt: page.fetchedAt, revision: null, diff: [], claims: { exact: 0, moved: 0, fuzzy: [], orphaned: [] } };
      }
      const { revision, claims } = await insertRevision(tx, user, { id: articleId, currentRevision: previous }, body);
      const snapshot = await insertSnapshot(tx, user, page, { articleId, revisionId: revision.id });
      await recordAudit(tx, {
        userId: user.id,
        entity: "Article",
        entityId: articleId,
        articleId,
        action: "refresh",
        after: { changed: true, snapshotId: snapshot.id, sha256: page.sha256, revision: revision.number, exact: claims.exact, moved: claims.moved, fuzzy: claims.fuzzy.map((claim) => claim.id), orphaned: claims.orphaned.map((claim) => claim.id) },
      });
      return { changed: true, snapshotId: snapshot.id, fetchedAt: page.fetchedAt, revision: { id: revision.id, number: revision.number }, diff: diffWords(previous.text, text), claims };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}
