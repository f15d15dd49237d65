// Evidence attached to a claim: an external source, when it was retrieved, and a hash of the
// excerpt the journalist saw, so a later change of the source can be told.
import { createHash } from "node:crypto";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { notFound } from "@/lib/errors/app-error";
import { createEvidenceSchema, type CreateEvidenceInput } from "@/lib/validation/claim";
import { getDb } from "./client";
import { recordAudit } from "./audit";
import { findLiveClaim } from "./claims";
import { toEvidenceView, type ClaimDetail } from "./claim-view";

export type EvidenceView = ClaimDetail["evidence"][number] & { contentHash: string | null };

export function excerptHash(excerpt: string): string | null {
  return excerpt ? createHash("sha256").update(excerpt.normalize("NFC"), "utf8").digest("hex") : null;
}

export async function createEvidence(user: SessionUser, claimId: string, input: CreateEvidenceInput): Promise<EvidenceView> {
  assertCan(user, "evidence:create");
  const data = createEvidenceSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, claimId);
    const excerpt = data.excerpt ?? "";
    const evidence = await tx.evidence.create({
      data: {
        claimId: claim.id,
        url: data.url,
        title: data.title ?? "",
        publisher: data.publisher ?? "",
        excerpt,
        kind: data.kind,
        stance: data.stance,
        retrievedAt: data.retrievedAt ? new Date(data.retrievedAt) : new Date(),
        contentHash: excerptHash(excerpt),
        createdById: user.id,
      },
    });
    await recordAudit(tx, { userId: user.id, entity: "Evidence", entityId: evidence.id, articleId: claim.articleId, action: "create", after: { claimId: claim.id, url: evidence.url, stance: evidence.stance, articleId: claim.articleId } });
    return { ...toEvidenceView(evidence), contentHash: evidence.contentHash };
  });
}

export async function deleteEvidence(user: SessionUser, evidenceId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, include: { claim: true } });
    if (!evidence || evidence.claim.deletedAt) throw notFound("Evidence");
    assertCan(user, "evidence:delete", { createdById: evidence.createdById });
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordAudit(tx, { userId: user.id, entity: "Evidence", entityId: evidenceId, articleId: evidence.claim.articleId, action: "delete", before: { claimId: evidence.claimId, url: evidence.url, articleId: evidence.claim.articleId } });
  });
}
