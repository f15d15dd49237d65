// GET /api/v1/articles/:id/snapshots: the pages archived for the article (when, from where, SHA-256), newest first.
import { apiRoute } from "@/lib/http/api-route";
import { listSnapshots } from "@/lib/db/page-snapshots";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, async ({ user, params }) => ({ items: await listSnapshots(user, params.id), nextCursor: null }));
