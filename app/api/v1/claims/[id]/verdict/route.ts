// PUT /api/v1/claims/:id/verdict {claimSummary?, rating, rationale?, reliesOnLinkIds?, reliesOnEvidenceIds?, version?}:
// draft the claim's verdict (201, no version) or edit it (200, with the version read; 409 carries the current verdict).
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { saveVerdict } from "@/lib/db/verdicts";
import { saveVerdictSchema } from "@/lib/validation/verdict";
import { idParamsSchema } from "@/lib/validation/id";

export const PUT = apiRoute({ params: idParamsSchema, body: saveVerdictSchema }, async ({ user, params, body }) => {
  const verdict = await saveVerdict(user, params.id, body);
  // Without a version the save can only have created the verdict (an existing one is a 409).
  return body.version === undefined ? created(verdict) : verdict;
});
