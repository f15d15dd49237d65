// Claims: a span of an article's canonical text attributed to an actor. Creating, editing (with
// optimistic locking), soft-deleting and restoring (searching is lib/db/claim-search.ts).
// This is where a claim is created: createClaim().
import { assertCan } from "@/lib/auth/permissions";
import { describeRange } from "@/lib/anchoring/text-selector";
import { locateQuote } from "@/lib/anchoring/locate-quote";
import { guessAttribution, isBlankSelection } from "@/lib/domain/attribution";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import { createClaimSchema, updateClaimSchema, type CreateClaimInput, type UpdateClaimInput } from "@/lib/validation/claim";
import type { z } from "zod";
import type { Actor, AnchorStatus, Attribution, ClaimOrigin } from "@/lib/generated/prisma/client";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";
import { resolveActor } from "./actors";
import { insertLink } from "./claim-links";
import { recordAnchor } from "./claim-anchors";
import { CLAIM_DETAIL_INCLUDE, toClaimDetail, type ClaimDetail } from "./claim-view";

const auditView = (claim: { actorId: string; exact: string; start: number; end: number; attribution: string; note: string; relayedById: string | null }) => ({
  actorId: claim.actorId,
  exact: claim.exact,
  start: claim.start,
  end: claim.end,
  attribution: claim.attribution,
  note: claim.note,
  relayedById: claim.relayedById,
});

/** A live claim of a live article, or NOT_FOUND. */
export async function findLiveClaim(tx: DbTx, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null, article: { deletedAt: null } } });
  if (!claim) throw notFound("Claim");
  return claim;
}

export async function loadClaimDetail(tx: DbTx, claimId: string): Promise<ClaimDetail> {
  return toClaimDetail(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: CLAIM_DETAIL_INCLUDE }));
}

/** Where a new claim goes: validated offsets, or the quote found in the text. Errors are 422s. */
function rangeFor(text: string, data: z.output<typeof createClaimSchema>): { start: number; end: number } {
  if ("start" in data) {
    if (data.end > text.length) throw new AppError("UNPROCESSABLE", `The range ${data.start}..${data.end} is outside the text (${text.length} characters).`, { details: { field: "end" } });
    return { start: data.start, end: data.end };
  }
  const location = locateQuote(text, data.exact, data);
  if (location.status === "missing") throw new AppError("UNPROCESSABLE", "That quote is not in the article's text.", { details: { field: "exact" } });
  if (location.status === "ambiguous") {
    throw new AppError("UNPROCESSABLE", `That quote occurs ${location.count} times; add prefix/suffix context or give start and end.`, { details: { field: "exact", occurrences: location.count } });
  }
  return location;
}

export async function createClaim(user: SessionUser, articleId: string, input: CreateClaimInput): Promise<ClaimDetail> {
  assertCan(user, "claim:create");
  const data = createClaimSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const revision = await findCurrentRevision(tx, articleId);
    const { start, end } = rangeFor(revision.text, data);
    const actor = await resolveActor(tx, data.actor);
    const relayedBy = data.relayedBy ? await resolveActor(tx, data.relayedBy, "relayedBy") : null;
    const claim = await insertClaim(tx, user, revision, { start, end }, { actor, relayedBy, attribution: data.attribution, note: data.note });
    // "Rebut" by selecting the rebutting text: the claim and its REBUTS link, or neither.
    const linksFrom = data.rebuts ? [await insertLink(tx, user, claim, await findLiveClaim(tx, data.rebuts), { kind: "REBUTS" })] : [];
    // A new claim has no evidence or verdict yet: no need to read it back (measured in bench/).
    return toClaimDetail({ ...claim, actor, relayedBy, linksFrom, linksTo: [], evidence: [], verdict: null });
  });
}

/** One live claim with its links, evidence and verdict: what an exported annotation's IRI resolves to. */
export async function getClaim(user: SessionUser, claimId: string): Promise<ClaimDetail> {
  assertCan(user, "article:read", {}, { hide: true });
  const db = getDb();
  await findLiveClaim(db, claimId);
  return loadClaimDetail(db, claimId);
}

/** The current revision of a live article (whose text every new claim's offsets refer to), or NOT_FOUND. */
export async function findCurrentRevision(tx: DbTx, articleId: string): Promise<{ id: string; articleId: string; text: string }> {
  const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, include: { currentRevision: true } });
  if (!article?.currentRevision) throw notFound("Article");
  return article.currentRevision;
}

type NewClaimFields = { actor: Actor; relayedBy: Actor | null; attribution?: Attribution; note?: string; origin?: ClaimOrigin; anchorStatus?: AnchorStatus };

/**
 * Writes one claim on [start, end) of the revision's text with both selectors, and its audit event,
 * inside the caller's transaction (createClaim, the annotation import). Refuses a blank selection.
 */
export async function insertClaim(tx: DbTx, user: SessionUser, revision: { id: string; articleId: string; text: string }, range: { start: number; end: number }, fields: NewClaimFields) {
  assertCan(user, "claim:create");
  const { text } = revision;
  if (isBlankSelection(text, range.start, range.end)) throw new AppError("UNPROCESSABLE", "Select some words: the selection is empty or only spaces.", { details: { field: "start" } });
  const claim = await tx.claim.create({
    data: {
      articleId: revision.articleId,
      revisionId: revision.id,
      actorId: fields.actor.id,
      relayedById: fields.relayedBy?.id ?? null,
      attribution: fields.attribution ?? guessAttribution(text, range.start, range.end),
      note: fields.note ?? "",
      origin: fields.origin ?? "MANUAL",
      anchorStatus: fields.anchorStatus ?? "EXACT",
      createdById: user.id,
      ...describeRange(text, range.start, range.end),
    },
  });
  await recordAnchor(tx, claim.id, revision.id, { status: claim.anchorStatus, start: claim.start, end: claim.end, exact: claim.exact });
  await recordAudit(tx, { userId: user.id, entity: "Claim", entityId: claim.id, articleId: revision.articleId, action: "create", after: { articleId: revision.articleId, origin: claim.origin, ...auditView(claim) } });
  return claim;
}

/** Edits actor, attribution, relay or note. A stale `version` is a 409 carrying the current claim. */
export async function updateClaim(user: SessionUser, claimId: string, input: UpdateClaimInput): Promise<ClaimDetail> {
  const data = updateClaimSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const before = await findLiveClaim(tx, claimId);
    assertCan(user, "claim:update", { createdById: before.createdById });
    const actor = data.actor === undefined ? undefined : await resolveActor(tx, data.actor);
    const relayedBy = data.relayedBy === undefined || data.relayedBy === null ? data.relayedBy : await resolveActor(tx, data.relayedBy, "relayedBy");
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: data.version, deletedAt: null },
      data: { actorId: actor?.id, attribution: data.attribution, note: data.note, relayedById: relayedBy === undefined ? undefined : (relayedBy?.id ?? null), version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError("CONFLICT", "Someone changed this claim since you opened it. Review their version and try again.", { details: { current: await loadClaimDetail(tx, claimId) } });
    }
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
    await recordAudit(tx, { userId: user.id, entity: "Claim", entityId: claimId, articleId: before.articleId, action: "update", before: auditView(before), after: auditView(after) });
    return loadClaimDetail(tx, claimId);
  });
}

/** Soft delete: the claim disappears from views and can be restored (undo). */
export async function deleteClaim(user: SessionUser, claimId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, claimId);
    assertCan(user, "claim:delete", { createdById: claim.createdById });
    // Conditional on still being live: of two deletes at once, the second finds nothing and is a 404,
    // not a second delete event.
    const { count } = await tx.claim.updateMany({ where: { id: claimId, deletedAt: null }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (count === 0) throw notFound("Claim");
    await recordAudit(tx, { userId: user.id, entity: "Claim", entityId: claimId, articleId: claim.articleId, action: "delete", before: auditView(claim) });
  });
}

export async function restoreClaim(user: SessionUser, claimId: string): Promise<ClaimDetail> {
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: { not: null }, article: { deletedAt: null } } });
    if (!claim) throw notFound("Deleted claim");
    assertCan(user, "claim:delete", { createdById: claim.createdById });
    const { count } = await tx.claim.updateMany({ where: { id: claimId, deletedAt: { not: null } }, data: { deletedAt: null, version: { increment: 1 } } });
    if (count === 0) throw notFound("Deleted claim");
    await recordAudit(tx, { userId: user.id, entity: "Claim", entityId: claimId, articleId: claim.articleId, action: "restore", after: auditView(claim) });
    return loadClaimDetail(tx, claimId);
  });
}
