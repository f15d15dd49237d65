// Reads of the change feed from the audit log: what an article's stream missed since its
// Last-Event-ID (catch-up), and what the whole desk wrote since a cursor (the polling feed used
// where no LISTEN connection can be held). Both re-read an overlap window, because `seq` is taken
// at insert and not at commit: a transaction that took seq 100 may commit after seq 101 did, and a
// reader that had already moved past 101 would otherwise never see 100. Readers de-duplicate by seq.
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import type { ChangeEvent } from "@/lib/validation/live";
import { getDb, type DbTx } from "./client";

/**
 * How long a write transaction may stay open: the longest app transaction (a refresh from the
 * source) times out after 60 s. An event that commits later than this behind a higher seq can be
 * missed by a catch-up; a reload still shows it.
 */
export const OVERLAP_SECONDS = 70;
/** And at most this many sequence numbers back, so the overlap read stays a short index range. */
export const OVERLAP_SEQS = 5000;
/** One catch-up answers at most this many events; a stream that missed more should reload. */
export const CATCH_UP_LIMIT = 1000;

type Row = { seq: number; id: string; entity: string; entityId: string; articleId: string; action: string; userId: string | null };

const COLUMNS = `seq, id, entity, "entityId", "articleId", action, "userId"`;

/** Whether `user` may open a stream on the article: it exists, is not deleted and is readable. */
export async function assertArticleStreamable(user: SessionUser, articleId: string): Promise<void> {
  const article = await getDb().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { createdById: true } });
  if (!article) throw notFound("Article");
  assertCan(user, "article:read", { createdById: article.createdById });
}

/**
 * The article's events after `afterSeq`, plus those at or below it that were written within the
 * overlap window before it (possibly committed after it was delivered), in seq order.
 */
export async function readArticleChangesSince(user: SessionUser, articleId: string, afterSeq: number): Promise<ChangeEvent[]> {
  await assertArticleStreamable(user, articleId);
  return readChanges(getDb(), { articleId, afterSeq });
}

/**
 * The whole desk's article events since `afterSeq` with the same overlap, leaving out the seqs the
 * caller has already seen (the polling feed's read, so a poll sends only what is new to it).
 */
export async function readDeskChangesSince(afterSeq: number, seen: readonly number[] = [], tx: DbTx = getDb()): Promise<ChangeEvent[]> {
  return readChanges(tx, { articleId: null, afterSeq, seen });
}

/** The highest seq written so far (0 for none): where a fresh feed starts. */
export async function readLatestSeq(tx: DbTx = getDb()): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ seq: number | null }[]>(`SELECT max(seq) AS seq FROM "AuditEvent"`);
  return Number(rows[0]?.seq ?? 0);
}

async function readChanges(tx: DbTx, { articleId, afterSeq, seen = [] }: { articleId: string | null; afterSeq: number; seen?: readonly number[] }): Promise<ChangeEvent[]> {
  const params: unknown[] = [afterSeq, [...seen]];
  const scope = articleId === null ? `"articleId" IS NOT NULL` : `"articleId" = $3`;
  if (articleId !== null) params.push(articleId);
  // Newer events first in their own query, so a long overlap never crowds them out of the limit.
  const newer = await tx.$queryRawUnsafe<Row[]>(
    `SELECT ${COLUMNS} FROM "AuditEvent" WHERE ${scope} AND seq > $1::int AND NOT (seq = ANY($2::int[])) ORDER BY seq LIMIT ${CATCH_UP_LIMIT}`,
    ...params,
  );
  // The overlap is measured from the event the reader saw last: anything written less than
  // OVERLAP_SECONDS before it may have committed after it was delivered.
  const overlap = await tx.$queryRawUnsafe<Row[]>(
    `SELECT ${COLUMNS} FROM "AuditEvent"
      WHERE ${scope} AND seq <= $1::int AND seq > $1::int - ${OVERLAP_SEQS} AND NOT (seq = ANY($2::int[]))
        AND at >= (SELECT at FROM "AuditEvent" WHERE seq = $1::int) - interval '${OVERLAP_SECONDS} seconds'
      ORDER BY seq LIMIT ${CATCH_UP_LIMIT}`,
    ...params,
  );
  return [...overlap, ...newer].map((row) => ({ ...row, seq: Number(row.seq) }));
}
