// Turns a loaded report into the downloaded file of GET /api/v1/articles/:id/export: picks the
// pure builder for the format (lib/export), prints PDFs through the server's Chromium (lib/pdf),
// and sets the content type, file name and the headers that keep an exported HTML file inert.
import { AppError } from "@/lib/errors/app-error";
import { buildClaimReview, buildClaimReviewDocument } from "@/lib/export/claim-review";
import { buildCsvReport } from "@/lib/export/csv-report";
import { buildHtmlReport } from "@/lib/export/html-report";
import { serialiseJsonLd } from "@/lib/export/json-ld";
import { buildMarkdownReport } from "@/lib/export/markdown-report";
import type { ExportFormat, Report } from "@/lib/export/report";
import { buildWebAnnotationCollection } from "@/lib/export/web-annotation";
import { htmlToPdf } from "@/lib/pdf/html-to-pdf";

export type ExportOptions = { format: ExportFormat; bom: boolean; verdict?: string; inline: boolean };

type ExportFile = { body: string | Uint8Array; contentType: string; extension: string };

const W3C_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

async function buildFile(report: Report, options: ExportOptions): Promise<ExportFile> {
  switch (options.format) {
    case "html":
      return { body: buildHtmlReport(report), contentType: "text/html; charset=utf-8", extension: "html" };
    case "pdf":
      return { body: await htmlToPdf(buildHtmlReport(report), { title: report.article.title }), contentType: "application/pdf", extension: "pdf" };
    case "md":
      return { body: buildMarkdownReport(report), contentType: "text/markdown; charset=utf-8", extension: "md" };
    case "csv":
      return { body: buildCsvReport(report, { bom: options.bom }), contentType: "text/csv; charset=utf-8; header=present", extension: "csv" };
    case "w3c":
      return { body: serialiseJsonLd(buildWebAnnotationCollection(report)), contentType: W3C_CONTENT_TYPE, extension: "jsonld" };
    case "claimreview": {
      if (!options.verdict) return { body: serialiseJsonLd(buildClaimReviewDocument(report)), contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" };
      const review = buildClaimReview(report, options.verdict);
      // Not approved, not this article's, or unknown: the same answer, as for any record one may not see.
      if (!review) throw new AppError("NOT_FOUND", "No approved verdict with that id in this article.");
      return { body: serialiseJsonLd(review), contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" };
    }
  }
}

/** "Russia accuses Azerbaijan…" -> "russia-accuses-azerbaijan" (ASCII for every browser; the UTF-8 name goes in filename*). */
function fileStem(title: string): string {
  const ascii = title.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return ascii || "article";
}

export async function exportResponse(report: Report, options: ExportOptions): Promise<Response> {
  const file = await buildFile(report, options);
  const name = `${fileStem(report.article.title)}.${file.extension}`;
  const disposition = options.inline && options.format === "html" ? "inline" : "attachment";
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Content-Disposition": `${disposition}; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // The report carries no scripts; should a payload ever slip through escaping, it still cannot run or load anything.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  };
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), { status: 200, headers });
}
