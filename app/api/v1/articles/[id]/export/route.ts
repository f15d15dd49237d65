// GET /api/v1/articles/:id/export?format=html|pdf|md|csv|w3c|claimreview[&drafts=1][&bom=1][&verdict=id]:
// the annotated report as a file. Approved verdicts only, unless drafts=1 (then marked as not approved).
import { apiRoute } from "@/lib/http/api-route";
import { exportResponse } from "@/lib/http/export-response";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { loadReport } from "@/lib/db/report";
import { exportQuerySchema } from "@/lib/validation/export";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema, query: exportQuerySchema }, async ({ request, user, params, query }) => {
  const report = await loadReport(user, params.id, { includeDrafts: query.drafts, baseUrl: publicBaseUrl(request) });
  return exportResponse(report, query);
});
