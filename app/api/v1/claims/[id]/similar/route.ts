// GET /api/v1/claims/:id/similar?limit=: possibly the same claim in other articles (lib/db/claim-similarity).
import { apiRoute } from "@/lib/http/api-route";
import { findSimilarClaims } from "@/lib/db/claim-similarity";
import { idParamsSchema } from "@/lib/validation/id";
import { similarClaimsQuerySchema } from "@/lib/validation/claim-search";

export const GET = apiRoute({ params: idParamsSchema, query: similarClaimsQuerySchema }, async ({ user, params, query }) => ({ items: await findSimilarClaims(user, params.id, query), nextCursor: null }));
