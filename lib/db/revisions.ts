// An article's text over time. Every new revision (an edit in the workspace, a refresh from the
// source, a restored old revision) goes through insertRevision, which re-anchors every live claim in
// the same transaction: where the editor's position mapping put it, else by its selectors
// (lib/anchoring). A claim is never deleted and never silently moved onto other words: it is exact,
// moved, fuzzy (flagged "was … now …" until confirmed) or orphaned (kept where it was, listed, and
// re-attachable). A verdict whose quote changed or was lost is flagged for re-review.
import { assertCan } from "@/lib/auth/permissions";
import { createAnchorer, type Anchorer } from "@/lib/anchoring/anchor";
import { describeRange } from "@/lib/anchoring/text-selector";
import { isBlankSelection } from "@/lib/domain/attribution";
import type { SessionUser } from "@/lib/domain/roles";
import { diffWords, type WordDiffPart } from "@/lib/domain/word-diff";
import { docToCanonicalText, type DocNode } from "@/lib/editor/canonical-text";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { confirmAnchorSchema, reattachClaimSchema, saveRevisionSchema, type ClaimPlacement, type ReattachClaimInput, type SaveRevisionInput } from "@/lib/validation/revision";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";
import { findLiveClaim, getClaim, loadClaimDetail } from "./claims";
import type { ClaimDetail } from "./claim-view";
import { claimsInRevision, recordAnchor, type RevisionClaim } from "./claim-anchors";

export type ReanchorSummary = {
  exact: number;
  moved: number;
  fuzzy: { id: string; was: string; now: string }[];
  orphaned: { id: string; exact: string }[];
};

type Placed = { start: number; end: number; status: "EXACT" | "MOVED" | "FUZZY" } | null;

/** Where a claim goes in the new text: the editor's placement when there is one, else the anchorer (diff, then selectors). */
function placeClaim(text: string, claim: { start: number; end: number; exact: string; prefix: string; suffix: string }, placement: ClaimPlacement | undefined, anchor: Anchorer): Placed {
  if (placement) {
    if (placement.end > text.length || placement.start >= placement.end || isBlankSelection(text, placement.start, placement.end)) return null;
    const words = text.slice(placement.start, placement.end);
    if (words !== claim.exact) return { start: placement.start, end: placement.end, status: "FUZZY" };
    return { start: placement.start, end: placement.end, status: placement.start === claim.start ? "EXACT" : "MOVED" };
  }
  const found = anchor(claim);
  if (found.status === "orphaned" || found.start === undefined || found.end === undefined) return null;
  return { start: found.start, end: found.end, status: found.status === "exact" ? "EXACT" : found.status === "moved" ? "MOVED" : "FUZZY" };
}

/**
 * Writes revision N+1 of the article with `body`, makes it current, and re-anchors its live claims
 * (those on the previous revision, and orphans of any revision, which get a chance to come back).
 * The caller checks permissions, the base revision and audits, in its transaction.
 */
export async function insertRevision(
  tx: DbTx,
  user: SessionUser,
  article: { id: string; currentRevision: { id: string; number: number; text: string } },
  body: DocNode,
  placements: ClaimPlacement[] = [],
): Promise<{ revision: { id: string; number: number }; text: string; claims: ReanchorSummary }> {
  const text = docToCanonicalText(body);
  const last = await tx.articleRevision.aggregate({ where: { articleId: article.id }, _max: { number: true } });
  const revision = await tx.articleRevision.create({ data: { articleId: article.id, number: (last._max.number ?? article.currentRevision.number) + 1, body: body as Prisma.InputJsonObject, text, createdById: user.id } });
  await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id, version: { increment: 1 } } });

  const byId = new Map(placements.map((placement) => [placement.id, placement]));
  const claims = await tx.claim.findMany({ where: { articleId: article.id, deletedAt: null, OR: [{ revisionId: article.currentRevision.id }, { anchorStatus: "ORPHANED" }] }, include: { verdict: { select: { id: true } } } });
  const summary: ReanchorSummary = { exact: 0, moved: 0, fuzzy: [], orphaned: [] };
  // Claims of the previous revision follow the diff between it and this one first; orphans of older
  // revisions (whose offsets refer to another text) go by their selectors alone. Each text is prepared once.
  const followingTheDiff = createAnchorer(text, { previousText: article.currentRevision.text });
  let bySelectors: Anchorer | undefined;
  // Written together after the loop: one row per claim for the new revision, one flag per changed verdict.
  const anchors: Prisma.ClaimAnchorCreateManyInput[] = [];
  const flaggedVerdictIds: string[] = [];
  for (const claim of claims) {
    const onPrevious = claim.revisionId === article.currentRevision.id;
    const anchorer = onPrevious ? followingTheDiff : (bySelectors ??= createAnchorer(text));
    const placed = placeClaim(text, claim, onPrevious ? byId.get(claim.id) : undefined, anchorer);
    if (!placed) {
      // Kept where it was, on the revision its offsets refer to.
      if (claim.anchorStatus !== "ORPHANED") {
        await tx.claim.update({ where: { id: claim.id }, data: { anchorStatus: "ORPHANED", version: { increment: 1 } } });
        if (claim.verdict) flaggedVerdictIds.push(claim.verdict.id);
      }
      anchors.push({ claimId: claim.id, revisionId: revision.id, status: "ORPHANED", start: null, end: null, exact: claim.exact });
      summary.orphaned.push({ id: claim.id, exact: claim.exact });
      continue;
    }
    const selector = describeRange(text, placed.start, placed.end);
    const fuzzy = placed.status === "FUZZY";
    await tx.claim.update({
      where: { id: claim.id },
      data: { ...selector, revisionId: revision.id, anchorStatus: placed.status, previousExact: fuzzy ? (claim.previousExact ?? claim.exact) : claim.previousExact, version: { increment: 1 } },
    });
    anchors.push({ claimId: claim.id, revisionId: revision.id, status: placed.status, start: placed.start, end: placed.end, exact: selector.exact });
    if (fuzzy) {
      if (claim.verdict) flaggedVerdictIds.push(claim.verdict.id);
      summary.fuzzy.push({ id: claim.id, was: claim.previousExact ?? claim.exact, now: selector.exact });
    } else summary[placed.status === "EXACT" ? "exact" : "moved"]++;
  }
  await tx.claimAnchor.createMany({ data: anchors });
  if (flaggedVerdictIds.length) await tx.verdict.updateMany({ where: { id: { in: flaggedVerdictIds } }, data: { quoteChangedAt: new Date() } });
  return { revision: { id: revision.id, number: revision.number }, text, claims: summary };
}

async function findArticleWithRevision(tx: DbTx, articleId: string) {
  const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, include: { currentRevision: true } });
  if (!article?.currentRevision) throw notFound("Article");
  return { ...article, currentRevision: article.currentRevision };
}

export type RevisionResult = { revision: { id: string; number: number }; claims: ReanchorSummary };

/** The journalist's edit of the text in the workspace. */
export async function saveRevision(user: SessionUser, articleId: string, input: SaveRevisionInput): Promise<RevisionResult> {
  const data = saveRevisionSchema.parse(input);
  return getDb().$transaction(
    async (tx) => {
      const article = await findArticleWithRevision(tx, articleId);
      assertCan(user, "article:update", { createdById: article.createdById });
      if (article.currentRevision.id !== data.baseRevisionId) {
        throw new AppError("CONFLICT", `Someone saved a newer text (revision ${article.currentRevision.number}) while you were editing. Copy your change, reload and apply it again.`, {
          details: { current: { id: article.currentRevision.id, number: article.currentRevision.number } },
        });
      }
      if (docToCanonicalText(data.body) === article.currentRevision.text) throw new AppError("UNPROCESSABLE", "The text is unchanged: there is nothing to save.", { details: { field: "body" } });
      const result = await insertRevision(tx, user, article, data.body, data.placements);
      await recordAudit(tx, { userId: user.id, entity: "Article", entityId: articleId, articleId, action: "edit-text", after: auditSummary(result) });
      return { revision: result.revision, claims: result.claims };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}

/** An old revision's text, made current again as a new revision (history stays append-only). */
export async function restoreRevision(user: SessionUser, articleId: string, number: number): Promise<RevisionResult> {
  return getDb().$transaction(
    async (tx) => {
      const article = await findArticleWithRevision(tx, articleId);
      assertCan(user, "article:update", { createdById: article.createdById });
      const old = await tx.articleRevision.findUnique({ where: { articleId_number: { articleId, number } } });
      if (!old) throw notFound("Revision");
      if (old.id === article.currentRevision.id) throw new AppError("UNPROCESSABLE", "That revision is already the current text.");
      const result = await insertRevision(tx, user, article, old.body as DocNode);
      await recordAudit(tx, { userId: user.id, entity: "Article", entityId: articleId, articleId, action: "restore-revision", after: { restored: number, ...auditSummary(result) } });
      return { revision: result.revision, claims: result.claims };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}

const auditSummary = (result: { revision: { number: number }; claims: ReanchorSummary }) => ({
  revision: result.revision.number,
  exact: result.claims.exact,
  moved: result.claims.moved,
  fuzzy: result.claims.fuzzy.map((claim) => claim.id),
  orphaned: result.claims.orphaned.map((claim) => claim.id),
});

export type RevisionListItem = { id: string; number: number; createdAt: string; createdBy: string; characters: number; current: boolean };

export async function listRevisions(user: SessionUser, articleId: string): Promise<RevisionListItem[]> {
  assertCan(user, "article:read", {}, { hide: true });
  const article = await getDb().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { currentRevisionId: true, revisions: { orderBy: { number: "desc" }, select: { id: true, number: true, createdAt: true, text: true, createdBy: { select: { name: true } } } } },
  });
  if (!article) throw notFound("Article");
  return article.revisions.map((revision) => ({ id: revision.id, number: revision.number, createdAt: revision.createdAt.toISOString(), createdBy: revision.createdBy.name, characters: revision.text.length, current: revision.id === article.currentRevisionId }));
}

export type RevisionSide = { number: number; text: string; claims: RevisionClaim[] };

/** Two revisions, each with the claims placed in it, and their word differences (older first). */
export async function compareRevisions(user: SessionUser, articleId: string, from: number, to: number): Promise<{ from: RevisionSide; to: RevisionSide; diff: WordDiffPart[] }> {
  assertCan(user, "article:read", {}, { hide: true });
  const db = getDb();
  const revisions = await db.articleRevision.findMany({ where: { articleId, number: { in: [from, to] }, article: { deletedAt: null } }, select: { id: true, number: true, text: true } });
  const older = revisions.find((revision) => revision.number === from);
  const newer = revisions.find((revision) => revision.number === to);
  if (!older || !newer) throw notFound("Revision");
  const [olderClaims, newerClaims] = await Promise.all([claimsInRevision(db, older.id), claimsInRevision(db, newer.id)]);
  return { from: { number: older.number, text: older.text, claims: olderClaims }, to: { number: newer.number, text: newer.text, claims: newerClaims }, diff: diffWords(older.text, newer.text) };
}

/** An orphaned (or misplaced) claim put on words the journalist selected in the current text. */
export async function reattachClaim(user: SessionUser, claimId: string, input: ReattachClaimInput): Promise<ClaimDetail> {
  const data = reattachClaimSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, claimId);
    assertCan(user, "claim:update", { createdById: claim.createdById });
    const article = await findArticleWithRevision(tx, claim.articleId);
    const { text } = article.currentRevision;
    if (data.end > text.length) throw new AppError("UNPROCESSABLE", `The range ${data.start}..${data.end} is outside the text (${text.length} characters).`, { details: { field: "end" } });
    if (isBlankSelection(text, data.start, data.end)) throw new AppError("UNPROCESSABLE", "Select some words: the selection is empty or only spaces.", { details: { field: "start" } });
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: data.version, deletedAt: null },
      data: { ...describeRange(text, data.start, data.end), revisionId: article.currentRevision.id, anchorStatus: "EXACT", previousExact: claim.anchorStatus === "ORPHANED" ? claim.exact : claim.previousExact, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this claim since you opened it.", { details: { current: await loadClaimDetail(tx, claimId) } });
    await recordAnchor(tx, claimId, article.currentRevision.id, { status: "EXACT", start: data.start, end: data.end, exact: text.slice(data.start, data.end) });
    await recordAudit(tx, { userId: user.id, entity: "Claim", entityId: claimId, articleId: claim.articleId, action: "reattach", before: { exact: claim.exact, start: claim.start, end: claim.end, anchorStatus: claim.anchorStatus }, after: { exact: text.slice(data.start, data.end), start: data.start, end: data.end, articleId: claim.articleId } });
  });
  return getClaim(user, claimId);
}

/** "Looks right": a moved, fuzzy or re-attached claim's new place is confirmed, and its flag goes. */
export async function confirmClaimAnchor(user: SessionUser, claimId: string, input: { version: number }): Promise<ClaimDetail> {
  const data = confirmAnchorSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, claimId);
    assertCan(user, "claim:update", { createdById: claim.createdById });
    if (claim.anchorStatus === "ORPHANED") throw new AppError("UNPROCESSABLE", "This claim is not in the current text: re-attach it to the words it is about first.");
    const { count } = await tx.claim.updateMany({ where: { id: claimId, version: data.version, deletedAt: null }, data: { anchorStatus: "EXACT", previousExact: null, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this claim since you opened it.", { details: { current: await loadClaimDetail(tx, claimId) } });
    await tx.claimAnchor.updateMany({ where: { claimId, revisionId: claim.revisionId }, data: { status: "EXACT" } });
    await recordAudit(tx, { userId: user.id, entity: "Claim", entityId: claimId, articleId: claim.articleId, action: "confirm-anchor", after: { exact: claim.exact, previousExact: claim.previousExact, articleId: claim.articleId } });
  });
  return getClaim(user, claimId);
}
