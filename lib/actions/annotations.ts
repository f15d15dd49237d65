"use server";
// The workspace's writes: tag a claim, delete and restore it, link claims, attach evidence, remove
// links and evidence; and the claim search and same-claim proposals behind cross-article links.
// Same zod schemas as the JSON API; permission checks live in the lib/db functions.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createClaim, deleteClaim, restoreClaim, updateClaim } from "@/lib/db/claims";
import { searchClaims } from "@/lib/db/claim-search";
import { findSimilarClaims } from "@/lib/db/claim-similarity";
import { createLink, deleteLink } from "@/lib/db/claim-links";
import { createEvidence, deleteEvidence } from "@/lib/db/evidence";
import { createClaimSchema, createEvidenceSchema, createLinkSchema, updateClaimSchema } from "@/lib/validation/claim";
import { claimSearchQuerySchema, similarClaimsQuerySchema, type ClaimSearchQueryInput } from "@/lib/validation/claim-search";
import { idSchema } from "@/lib/validation/id";
import { runAction, type ActionResult } from "./action-result";
import type { SessionUser } from "@/lib/domain/roles";

const inArticle = z.object({ articleId: idSchema });
const onClaim = z.object({ articleId: idSchema, claimId: idSchema });

/** The workspace page shows server data: refresh it after every write. */
function refreshed<T>(articleId: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
}

export async function createClaimAction(input: { articleId: string; claim: z.input<typeof createClaimSchema> }) {
  const schema = inArticle.extend({ claim: createClaimSchema });
  return refreshed(input.articleId, await runAction(schema, input, (user, data) => createClaim(user, data.articleId, data.claim)));
}

export async function updateClaimAction(input: { articleId: string; claimId: string; changes: z.input<typeof updateClaimSchema> }) {
  const schema = onClaim.extend({ changes: updateClaimSchema });
  return refreshed(input.articleId, await runAction(schema, input, (user, data) => updateClaim(user, data.claimId, data.changes)));
}

/** A removal answers with no data, and the workspace refreshes. */
async function removal<S extends z.ZodType>(articleId: string, schema: S, input: unknown, remove: (user: SessionUser, data: z.output<S>) => Promise<void>) {
  return refreshed(articleId, await runAction(schema, input, async (user, data) => (await remove(user, data), null)));
}

export async function deleteClaimAction(input: { articleId: string; claimId: string }) {
  return removal(input.articleId, onClaim, input, (user, data) => deleteClaim(user, data.claimId));
}

export async function restoreClaimAction(input: { articleId: string; claimId: string }) {
  return refreshed(input.articleId, await runAction(onClaim, input, (user, data) => restoreClaim(user, data.claimId)));
}

export async function createLinkAction(input: { articleId: string; claimId: string; link: z.input<typeof createLinkSchema> }) {
  const schema = onClaim.extend({ link: createLinkSchema });
  return refreshed(input.articleId, await runAction(schema, input, (user, data) => createLink(user, data.claimId, data.link)));
}

export async function createEvidenceAction(input: { articleId: string; claimId: string; evidence: z.input<typeof createEvidenceSchema> }) {
  const schema = onClaim.extend({ evidence: createEvidenceSchema });
  return refreshed(input.articleId, await runAction(schema, input, (user, data) => createEvidence(user, data.claimId, data.evidence)));
}

export async function deleteLinkAction(input: { articleId: string; linkId: string }) {
  return removal(input.articleId, inArticle.extend({ linkId: idSchema }), input, (user, data) => deleteLink(user, data.linkId));
}

export async function deleteEvidenceAction(input: { articleId: string; evidenceId: string }) {
  return removal(input.articleId, inArticle.extend({ evidenceId: idSchema }), input, (user, data) => deleteEvidence(user, data.evidenceId));
}

/** Claims across articles, for linking a claim to the same statement or a rebuttal elsewhere. */
export async function searchClaimsAction(query: ClaimSearchQueryInput) {
  return runAction(claimSearchQuerySchema, query, (user, data) => searchClaims(user, data));
}

/** "Possibly the same claim as …": the workspace's proposals for a claim (created or selected). */
export async function findSimilarClaimsAction(input: { claimId: string; limit?: number }) {
  return runAction(similarClaimsQuerySchema.extend({ claimId: idSchema }), input, (user, data) => findSimilarClaims(user, data.claimId, { limit: data.limit }));
}
