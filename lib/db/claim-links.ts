// Links between claims: REBUTS, SUPPORTS, QUALIFIES, SAME_CLAIM, within an article or across articles.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import { createLinkSchema, type CreateLinkInput } from "@/lib/validation/claim";
import type { LinkKind } from "@/lib/domain/claim-types";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";
import { findLiveClaim } from "./claims";
import { toLinkView, type ClaimDetail } from "./claim-view";

export type LinkView = ClaimDetail["links"][number];

/** Only these kinds may join claims of two different articles (the same statement reported twice, or an answer elsewhere). */
const CROSS_ARTICLE_KINDS: readonly LinkKind[] = ["REBUTS", "SAME_CLAIM"];

type LinkEnd = { id: string; articleId: string };

/**
 * Writes a link between two live claims inside the caller's transaction, with its audit event.
 * Both ends must be readable by the user (a claim they cannot read is not found before this).
 */
export async function insertLink(tx: DbTx, user: SessionUser, from: LinkEnd, to: LinkEnd, input: { kind: LinkKind; note?: string }) {
  assertCan(user, "link:create");
  assertCan(user, "article:read", {}, { hide: true });
  if (from.id === to.id) throw new AppError("UNPROCESSABLE", "A claim cannot be linked to itself.", { details: { field: "targetClaimId" } });
  if (from.articleId !== to.articleId && !CROSS_ARTICLE_KINDS.includes(input.kind)) {
    throw new AppError("UNPROCESSABLE", "Only “rebuts” and “same claim” can link claims of different articles.", { details: { field: "kind" } });
  }
  const existing = await tx.claimLink.findUnique({ where: { fromClaimId_toClaimId_kind: { fromClaimId: from.id, toClaimId: to.id, kind: input.kind } } });
  if (existing) throw new AppError("CONFLICT", "These claims are already linked that way.");
  const link = await tx.claimLink.create({ data: { fromClaimId: from.id, toClaimId: to.id, kind: input.kind, note: input.note ?? "", createdById: user.id } });
  await recordAudit(tx, { userId: user.id, entity: "ClaimLink", entityId: link.id, articleId: from.articleId, action: "create", after: { fromClaimId: from.id, toClaimId: to.id, kind: link.kind, articleId: from.articleId } });
  return link;
}

export async function createLink(user: SessionUser, fromClaimId: string, input: CreateLinkInput): Promise<LinkView> {
  assertCan(user, "link:create");
  const data = createLinkSchema.parse(input);
  if (data.targetClaimId === fromClaimId) throw new AppError("UNPROCESSABLE", "A claim cannot be linked to itself.", { details: { field: "targetClaimId" } });
  return toLinkView(await getDb().$transaction(async (tx) => insertLink(tx, user, await findLiveClaim(tx, fromClaimId), await findLiveClaim(tx, data.targetClaimId), data)));
}

export async function deleteLink(user: SessionUser, linkId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId }, include: { fromClaim: true } });
    if (!link) throw notFound("Link");
    assertCan(user, "link:delete", { createdById: link.createdById });
    await tx.claimLink.delete({ where: { id: linkId } });
    await recordAudit(tx, { userId: user.id, entity: "ClaimLink", entityId: linkId, articleId: link.fromClaim.articleId, action: "delete", before: { fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, kind: link.kind, articleId: link.fromClaim.articleId } });
  });
}
