// POST /api/v1/articles/:id/suggestions/decisions: accept a suggestion (the claim is created, origin
// suggested) or reject it; either way the decision is counted for the article.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { decideSuggestion } from "@/lib/db/suggestions";
import { idParamsSchema } from "@/lib/validation/id";
import { suggestionDecisionSchema } from "@/lib/validation/suggestion";

export const POST = apiRoute({ params: idParamsSchema, body: suggestionDecisionSchema }, async ({ user, params, body }) => created(await decideSuggestion(user, params.id, body)));
