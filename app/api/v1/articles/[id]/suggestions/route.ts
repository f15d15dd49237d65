// POST /api/v1/articles/:id/suggestions: claim and rebuttal suggestions for the article's current
// text (lib/suggest), with the acceptance counts so far. Saves nothing.
import { apiRoute } from "@/lib/http/api-route";
import { suggestForArticle } from "@/lib/db/suggestions";
import { idParamsSchema } from "@/lib/validation/id";

export const POST = apiRoute({ params: idParamsSchema }, ({ user, params }) => suggestForArticle(user, params.id));
