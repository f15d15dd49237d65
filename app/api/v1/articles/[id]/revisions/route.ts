// /api/v1/articles/:id/revisions: GET the article's revisions, newest first; POST {body, baseRevisionId,
// placements?} saves an edit of the text as a new revision, re-anchoring every claim (409 if another revision is current).
import { apiRoute } from "@/lib/http/api-route";
import { created } from "@/lib/http/responses";
import { listRevisions, saveRevision } from "@/lib/db/revisions";
import { idParamsSchema } from "@/lib/validation/id";
import { saveRevisionSchema } from "@/lib/validation/revision";

export const GET = apiRoute({ params: idParamsSchema }, async ({ user, params }) => ({ items: await listRevisions(user, params.id), nextCursor: null }));

export const POST = apiRoute({ params: idParamsSchema, body: saveRevisionSchema }, async ({ user, params, body }) => created(await saveRevision(user, params.id, body)));
