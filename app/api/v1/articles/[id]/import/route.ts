// POST /api/v1/articles/:id/import[?actor=]: a W3C Web Annotation collection (ours or another tool's)
// becomes claims and links of this article; annotations that cannot be placed are listed, not dropped.
import { apiRoute } from "@/lib/http/api-route";
import { jsonResponse } from "@/lib/http/responses";
import { importAnnotations } from "@/lib/db/annotation-import";
import { importQuerySchema } from "@/lib/validation/export";
import { idParamsSchema } from "@/lib/validation/id";
import { webAnnotationImportSchema } from "@/lib/validation/web-annotation-import";
import { LIMITS } from "@/lib/validation/limits";

export const POST = apiRoute({ params: idParamsSchema, query: importQuerySchema, body: webAnnotationImportSchema, maxBodyBytes: LIMITS.importBodyBytes }, async ({ user, params, query, body }) =>
  jsonResponse(await importAnnotations(user, params.id, body, { defaultActor: query.actor }), 201),
);
