// GET /api/v1/ratings: the desk's rating scale in order, with how many verdicts use each rating.
import { apiRoute } from "@/lib/http/api-route";
import { listRatings } from "@/lib/db/ratings";

export const GET = apiRoute({}, async ({ user }) => ({ items: await listRatings(user), nextCursor: null }));
