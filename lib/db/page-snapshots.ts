// Archived web pages (PageSnapshot): written when a journalist previews an import from a URL or
// refreshes an article from its source, attached to the article (and revision) made from them, and
// listed on the article so the desk can show what the page said, byte for byte, and when.
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/auth/permissions";
import type { FetchedPage } from "@/lib/import/safe-fetch";
import { getDb, type DbTx } from "./client";

export type PageSnapshotView = { id: string; requestedUrl: string; finalUrl: string; status: number; contentType: string; charset: string; sha256: string; bytes: number; fetchedAt: string; revisionNumber: number | null };

export async function insertSnapshot(tx: DbTx, user: SessionUser, page: FetchedPage, links: { articleId?: string; revisionId?: string | null } = {}) {
  return tx.pageSnapshot.create({
    data: {
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      status: page.status,
      contentType: page.contentType,
      charset: page.charset,
      body: new Uint8Array(page.body),
      size: page.body.length,
      sha256: page.sha256,
      fetchedAt: new Date(page.fetchedAt),
      createdById: user.id,
      articleId: links.articleId ?? null,
      revisionId: links.revisionId ?? null,
    },
    select: { id: true },
  });
}

/** The page an article is being created from: the caller's own preview, not used by another article. */
export async function attachSnapshot(tx: DbTx, user: SessionUser, snapshotId: string, links: { articleId: string; revisionId: string }): Promise<void> {
  const { count } = await tx.pageSnapshot.updateMany({ where: { id: snapshotId, createdById: user.id, articleId: null }, data: links });
  if (count === 0) throw new AppError("UNPROCESSABLE", "That fetched page is not one of your previews, or another article already uses it. Fetch the page again.", { details: { field: "snapshotId" } });
}

/** The pages archived for an article, newest first, without their bytes. */
export async function listSnapshots(user: SessionUser, articleId: string): Promise<PageSnapshotView[]> {
  assertCan(user, "article:read", {}, { hide: true });
  const rows = await getDb().pageSnapshot.findMany({
    where: { articleId, article: { deletedAt: null } },
    orderBy: { fetchedAt: "desc" },
    select: { id: true, requestedUrl: true, finalUrl: true, status: true, contentType: true, charset: true, sha256: true, fetchedAt: true, size: true, revision: { select: { number: true } } },
  });
  return rows.map(({ size, revision, fetchedAt, ...row }) => ({ ...row, bytes: size, fetchedAt: fetchedAt.toISOString(), revisionNumber: revision?.number ?? null }));
}

/** One archived page with its bytes, for download. */
export async function getSnapshotBytes(user: SessionUser, snapshotId: string): Promise<{ body: Uint8Array; contentType: string; charset: string; finalUrl: string; sha256: string }> {
  assertCan(user, "article:read", {}, { hide: true });
  const row = await getDb().pageSnapshot.findFirst({ where: { id: snapshotId, OR: [{ article: { deletedAt: null } }, { articleId: null }] } });
  if (!row) throw notFound("Archived page");
  if (row.articleId === null) assertCan(user, "page-preview:read", { userId: row.createdById }, { hide: true });
  return { body: row.body, contentType: row.contentType, charset: row.charset, finalUrl: row.finalUrl, sha256: row.sha256 };
}
