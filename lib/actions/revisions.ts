"use server";
// The workspace's text edits and anchoring fixes: save an edit as a new revision, restore an old
// revision, re-attach an orphaned claim, confirm a changed claim's place. Same schemas as the JSON
// API; permissions and the re-anchoring live in lib/db/revisions.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { confirmClaimAnchor, reattachClaim, restoreRevision, saveRevision, type RevisionResult } from "@/lib/db/revisions";
import type { ClaimDetail } from "@/lib/db/claim-view";
import { idSchema } from "@/lib/validation/id";
import { confirmAnchorSchema, reattachClaimSchema, saveRevisionSchema } from "@/lib/validation/revision";
import { runAction, type ActionResult } from "./action-result";

function refreshed<T>(articleId: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/articles/${articleId}`, "layout");
  return result;
}

export async function saveRevisionAction(input: { articleId: string; revision: z.input<typeof saveRevisionSchema> }): Promise<ActionResult<RevisionResult>> {
  return refreshed(input.articleId, await runAction(z.object({ articleId: idSchema, revision: saveRevisionSchema }), input, (user, data) => saveRevision(user, data.articleId, data.revision)));
}

export async function restoreRevisionAction(input: { articleId: string; number: number }): Promise<ActionResult<RevisionResult>> {
  return refreshed(input.articleId, await runAction(z.object({ articleId: idSchema, number: z.number().int().min(1) }), input, (user, data) => restoreRevision(user, data.articleId, data.number)));
}

export async function reattachClaimAction(input: { articleId: string; claimId: string; range: z.input<typeof reattachClaimSchema> }): Promise<ActionResult<ClaimDetail>> {
  return refreshed(input.articleId, await runAction(z.object({ articleId: idSchema, claimId: idSchema, range: reattachClaimSchema }), input, (user, data) => reattachClaim(user, data.claimId, data.range)));
}

export async function confirmClaimAnchorAction(input: { articleId: string; claimId: string; version: number }): Promise<ActionResult<ClaimDetail>> {
  return refreshed(input.articleId, await runAction(z.object({ articleId: idSchema, claimId: idSchema, ...confirmAnchorSchema.shape }), input, (user, data) => confirmClaimAnchor(user, data.claimId, { version: data.version })));
}
