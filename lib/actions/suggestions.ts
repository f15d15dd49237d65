"use server";
// The workspace's claim suggestions: ask for them (nothing saved), accept or reject one.
// Same zod schema as the JSON API; permission checks live in lib/db/suggestions.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decideSuggestion, suggestForArticle } from "@/lib/db/suggestions";
import { idSchema } from "@/lib/validation/id";
import { suggestionDecisionSchema } from "@/lib/validation/suggestion";
import { runAction } from "./action-result";

const inArticle = z.object({ articleId: idSchema });

export async function suggestClaimsAction(input: { articleId: string }) {
  return runAction(inArticle, input, (user, data) => suggestForArticle(user, data.articleId));
}

export async function decideSuggestionAction(input: { articleId: string; decision: z.input<typeof suggestionDecisionSchema> }) {
  const result = await runAction(inArticle.extend({ decision: suggestionDecisionSchema }), input, (user, data) => decideSuggestion(user, data.articleId, data.decision));
  // An accepted suggestion is a new claim: the workspace shows server data.
  if (result.ok && result.data.claim) revalidatePath(`/articles/${input.articleId}`);
  return result;
}
