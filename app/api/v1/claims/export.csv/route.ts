// GET /api/v1/claims/export.csv?<the search's filters>: the search as CSV, streamed page by page
// (up to EXPORT_CAP claims, in the search's order). The filters are checked, and the first page read,
// before the response starts, so a bad query still answers with a JSON error and its status.
import { apiRoute } from "@/lib/http/api-route";
import { searchAllClaims } from "@/lib/db/claim-search";
import { claimSearchExportQuerySchema } from "@/lib/validation/claim-search";
import { formatClaimSearchCsvHeader, formatClaimSearchCsvRows } from "@/lib/export/claim-search-csv";
import { publicBaseUrl } from "@/lib/http/public-base-url";

export const GET = apiRoute({ query: claimSearchExportQuerySchema }, async ({ request, user, query }) => {
  const pages = searchAllClaims(user, query);
  const first = await pages.next();
  const baseUrl = publicBaseUrl(request);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(formatClaimSearchCsvHeader({ bom: true }) + (first.done ? "" : formatClaimSearchCsvRows(first.value, baseUrl))));
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(formatClaimSearchCsvRows(next.value, baseUrl)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="claims.csv"',
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
