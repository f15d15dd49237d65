// POST /api/v1/articles/:id/revisions/:number/restore: that revision's text becomes a new, current revision.
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { restoreRevision } from "@/lib/db/revisions";
import { revisionParamsSchema } from "@/lib/validation/revision";

export const POST = apiRoute({ params: revisionParamsSchema }, async ({ user, params }) => created(await restoreRevision(user, params.id, params.number)));
