// GET /api/v1/admin/export[?pageBodies=1]: the whole installation as one JSON file (admin), for
// moving the desk to another installation (`npm run import-all -- <file>` loads it there).
import { apiRoute } from "@/lib/http/api-route";
import { jsonResponse } from "@/lib/http/responses";
import { exportInstallation } from "@/lib/db/installation-export";
import { installationExportQuerySchema } from "@/lib/validation/installation-export";

export const GET = apiRoute({ query: installationExportQuerySchema }, async ({ user, query }) => {
  const document = await exportInstallation(user, { pageBodies: query.pageBodies === "1" });
  const name = `counterclaim-export-${document.exportedAt.replace(/[:.]/g, "-")}.json`;
  return jsonResponse(document, 200, { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" });
});
