// Links between claims: REBUTS, SUPPORTS, QUALIFIES, SAME_CLAIM, within an article or across articles.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import { createLinkSchema, type CreateLinkInput } from "@/lib/validation/claim";
import { getDb } from "./client";
import { recordAudit } from "./audit";
import { findLiveClaim } from "./claims";
import { toLinkView, type ClaimDetail } from "./claim-view";

export type LinkView = ClaimDetail["links"][number];

export async function createLink(user: SessionUser, fromClaimId: string, input: CreateLinkInput): Promise<LinkView> {
  assertCan(user, "link:create");
  const data = createLinkSchema.parse(input);
  if (data.targetClaimId === fromClaimId) throw new AppError("UNPROCESSABLE", "A claim cannot be linked to itself.", { details: { field: "targetClaimId" } });
  return getDb().$transaction(async (tx) => {
    const from = await findLiveClaim(tx, fromClaimId);
    // Both ends must be readable by the user: a claim they cannot see is simply not found.
    const to = await findLiveClaim(tx, data.targetClaimId);
    assertCan(user, "article:read", {}, { hide: true });
    const existing = await tx.claimLink.findUnique({ where: { fromClaimId_toClaimId_kind: { fromClaimId: from.id, toClaimId: to.id, kind: data.kind } } });
    if (existing) throw new AppError("CONFLICT", "These claims are already linked that way.");
    const link = await tx.claimLink.create({ data: { fromClaimId: from.id, toClaimId: to.id, kind: data.kind, note: data.note ?? "", createdById: user.id } });
    await recordAudit(tx, { userId: user.id, entity: "ClaimLink", entityId: link.id, action: "create", after: { fromClaimId: from.id, toClaimId: to.id, kind: link.kind, articleId: from.articleId } });
    return toLinkView(link);
  });
}

export async function deleteLink(user: SessionUser, linkId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId }, include: { fromClaim: true } });
    if (!link) throw notFound("Link");
    assertCan(user, "link:delete", { createdById: link.createdById });
    await tx.claimLink.delete({ where: { id: linkId } });
    await recordAudit(tx, { userId: user.id, entity: "ClaimLink", entityId: linkId, action: "delete", before: { fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, kind: link.kind, articleId: link.fromClaim.articleId } });
  });
}
