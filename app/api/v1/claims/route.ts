// GET /api/v1/claims?q=&actor=&attribution=&status=&rating=&article=&from=&to=&cursor=&limit=: claim search across articles.
import { apiRoute } from "@/lib/http/api-route";
import { searchClaims } from "@/lib/db/claim-search";
import { claimSearchQuerySchema } from "@/lib/validation/claim-search";

export const GET = apiRoute({ query: claimSearchQuerySchema }, ({ user, query }) => searchClaims(user, query));
