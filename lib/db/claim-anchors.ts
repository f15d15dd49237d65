// Where each claim sat in each revision (ClaimAnchor): recorded when a claim is made, at every new
// revision, on re-attaching and on confirming, inside the caller's transaction; read to show any two
// revisions side by side with their claims.
import type { AnchorStatus } from "@/lib/generated/prisma/client";
import type { DbTx } from "./client";

export type AnchorRecord = { status: AnchorStatus; start: number | null; end: number | null; exact: string };

export async function recordAnchor(tx: DbTx, claimId: string, revisionId: string, anchor: AnchorRecord): Promise<void> {
  await tx.claimAnchor.upsert({ where: { claimId_revisionId: { claimId, revisionId } }, create: { claimId, revisionId, ...anchor }, update: anchor });
}

export type RevisionClaim = { claimId: string; actor: { name: string; color: string }; start: number; end: number; status: string };

/**
 * The claims placed in a revision: its anchors, and claims made before anchors were recorded that
 * still point at it. Orphaned anchors have no place and are left out.
 */
export async function claimsInRevision(tx: DbTx, revisionId: string): Promise<RevisionClaim[]> {
  const [anchors, legacy] = await Promise.all([
    tx.claimAnchor.findMany({ where: { revisionId, start: { not: null }, end: { not: null }, claim: { deletedAt: null } }, include: { claim: { select: { actor: { select: { name: true, color: true } } } } } }),
    tx.claim.findMany({ where: { revisionId, deletedAt: null, anchors: { none: { revisionId } } }, select: { id: true, start: true, end: true, anchorStatus: true, actor: { select: { name: true, color: true } } } }),
  ]);
  return [
    ...anchors.map((anchor) => ({ claimId: anchor.claimId, actor: anchor.claim.actor, start: anchor.start!, end: anchor.end!, status: anchor.status.toLowerCase() })),
    ...legacy.map((claim) => ({ claimId: claim.id, actor: claim.actor, start: claim.start, end: claim.end, status: claim.anchorStatus.toLowerCase() })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}
