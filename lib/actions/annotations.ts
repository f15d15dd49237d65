"use server";
// The workspace's writes: tag a claim, delete and restore it, link claims, attach evidence.
// Same zod schemas as the JSON API; permission checks live in the lib/db functions.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createClaim, deleteClaim, restoreClaim, updateClaim } from "@/lib/db/claims";
import { createLink } from "@/lib/db/claim-links";
import { createEvidence } from "@/lib/db/evidence";
import { createClaimSchema, createEvidenceSchema, createLinkSchema, updateClaimSchema } from "@/lib/validation/claim";
import { idSchema } from "@/lib/validation/id";
import { runAction, type ActionResult } from "./action-result";

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

export async function deleteClaimAction(input: { articleId: string; claimId: string }) {
  const result = await runAction(onClaim, input, async (user, data) => {
    await deleteClaim(user, data.claimId);
    return null;
  });
  return refreshed(input.articleId, result);
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
