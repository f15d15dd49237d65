// GET /api/v1/claims?q=&actor=: claims across articles.
import { apiRoute } from "@/lib/http/api-route";
import { searchClaims } from "@/lib/db/claims";
import { searchClaimsQuerySchema } from "@/lib/validation/claim";

export const GET = apiRoute({ query: searchClaimsQuerySchema }, ({ user, query }) => searchClaims(user, query));
