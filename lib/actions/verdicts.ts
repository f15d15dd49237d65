"use server";
// The verdict form's and the review page's writes: draft or edit a verdict, submit it, approve it,
// send it back, reopen it; and an admin's edits of the rating scale. Same zod schemas as the JSON
// API; permission checks (four eyes included) live in lib/db/verdicts.ts. A CONFLICT carries the
// current verdict in `error.current`.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { approveVerdict, reopenVerdict, requestChanges, saveVerdict, submitVerdict, type VerdictView } from "@/lib/db/verdicts";
import { deleteRating, updateRating, type RatingView } from "@/lib/db/ratings";
import { decideSchema, ratingKeySchema, reopenSchema, requestChangesSchema, saveVerdictSchema, updateRatingSchema } from "@/lib/validation/verdict";
import { idSchema } from "@/lib/validation/id";
import { runAction, type ActionResult } from "./action-result";

/** The article's workspace shows the verdict and the review page lists it: refresh both. */
function refreshed(result: ActionResult<VerdictView>): ActionResult<VerdictView> {
  if (result.ok) {
    revalidatePath(`/articles/${result.data.articleId}`);
    revalidatePath("/review");
  }
  return result;
}

const onVerdict = z.object({ verdictId: idSchema });

export async function saveVerdictAction(input: { claimId: string; verdict: z.input<typeof saveVerdictSchema> }): Promise<ActionResult<VerdictView>> {
  const schema = z.object({ claimId: idSchema, verdict: saveVerdictSchema });
  return refreshed(await runAction(schema, input, (user, data) => saveVerdict(user, data.claimId, data.verdict)));
}

export async function submitVerdictAction(input: { verdictId: string; version: number }): Promise<ActionResult<VerdictView>> {
  return refreshed(await runAction(onVerdict.extend(decideSchema.shape), input, (user, { verdictId, ...data }) => submitVerdict(user, verdictId, data)));
}

export async function approveVerdictAction(input: { verdictId: string; version: number }): Promise<ActionResult<VerdictView>> {
  return refreshed(await runAction(onVerdict.extend(decideSchema.shape), input, (user, { verdictId, ...data }) => approveVerdict(user, verdictId, data)));
}

export async function requestChangesAction(input: { verdictId: string; version: number; comment: string }): Promise<ActionResult<VerdictView>> {
  return refreshed(await runAction(onVerdict.extend(requestChangesSchema.shape), input, (user, { verdictId, ...data }) => requestChanges(user, verdictId, data)));
}

export async function reopenVerdictAction(input: { verdictId: string; reason: string; version?: number }): Promise<ActionResult<VerdictView>> {
  return refreshed(await runAction(onVerdict.extend(reopenSchema.shape), input, (user, { verdictId, ...data }) => reopenVerdict(user, verdictId, data)));
}

/** Rating labels show on every article and verdict page: refresh them all. */
function refreshedEverywhere<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const onRating = z.object({ key: ratingKeySchema });

export async function updateRatingAction(input: { key: string; changes: z.input<typeof updateRatingSchema> }): Promise<ActionResult<RatingView>> {
  const schema = onRating.extend({ changes: updateRatingSchema });
  return refreshedEverywhere(await runAction(schema, input, (user, data) => updateRating(user, data.key, data.changes)));
}

export async function deleteRatingAction(input: { key: string }): Promise<ActionResult<null>> {
  const result = await runAction(onRating, input, async (user, data) => {
    await deleteRating(user, data.key);
    return null;
  });
  return refreshedEverywhere(result);
}
