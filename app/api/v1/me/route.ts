// GET /api/v1/me: the acting user (session cookie or bearer token).
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute({}, async ({ user }) => user);
