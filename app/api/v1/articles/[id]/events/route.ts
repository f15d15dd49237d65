// GET /api/v1/articles/:id/events: the article's live stream (Server-Sent Events). `change` events
// name what changed (ids, who, action) for the page to re-read; `presence` lists who is viewing.
// Reconnecting with Last-Event-ID replays what was missed from the audit log (lib/live).
import { apiRoute } from "@/lib/http/api-route";
import { openArticleStream } from "@/lib/live/open-stream";
import { idParamsSchema } from "@/lib/validation/id";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: idParamsSchema }, ({ user, params, request }) => openArticleStream(user, params.id, request));
