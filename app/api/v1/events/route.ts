// GET /api/v1/events: the desk's live stream (Server-Sent Events) of verdict changes on every
// article, behind the review queue and the header's badge (lib/live).
import { apiRoute } from "@/lib/http/api-route";
import { openDeskStream } from "@/lib/live/open-stream";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, ({ user, request }) => openDeskStream(user, request));
