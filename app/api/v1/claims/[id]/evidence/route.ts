// POST /api/v1/claims/:id/evidence: attach an external source to the claim.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { createEvidence } from "@/lib/db/evidence";
import { createEvidenceSchema } from "@/lib/validation/claim";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema, body: createEvidenceSchema }, async ({ user, params, body }) => created(await createEvidence(user, params.id, body)));
