// The HTML report: (Report) -> one self-contained HTML5 document (inline CSS, no script, no
// external request), which is also what the PDF is printed from. It owns the report's reading
// order and the parts around the sections: title block (article facts, export facts, drafts
// banner, contents), the claim map's figure, the footer and the document head. The sections
// themselves are html-article.ts and html-claims.ts; the stylesheet is report-css.ts.
import { buildClaimMapSvg } from "./claim-map-svg";
import { groupClaimsByRollUpActor } from "./claims-by-actor";
import { renderArticleSection } from "./html-article";
import { renderClaimsSection } from "./html-claims";
import { escapeAttribute, escapeHtml } from "./html-escape";
import { isWebUrl, type Report } from "./report";
import { REPORT_CSS } from "./report-css";
import { formatCount, formatReportDate, formatReportDateTime } from "./report-labels";

/** An outbound link: no referrer, no window.opener for the target, no endorsement for crawlers. */
function renderWebLink(url: string, html: string): string {
  return `<a href="${escapeAttribute(url)}" rel="noopener noreferrer nofollow">${html}</a>`;
}

function renderHeader(report: Report): string {
  const { article } = report;
  const meta: [string, string][] = [];
  if (article.source.trim()) meta.push(["Source", escapeHtml(article.source.trim())]);
  if (article.publishedAt) meta.push(["Published", `<time datetime="${escapeAttribute(article.publishedAt)}">${escapeHtml(formatReportDate(article.publishedAt))}</time>`]);
  const articleUrl = article.url;
  if (articleUrl !== null && isWebUrl(articleUrl)) meta.push(["Original", renderWebLink(articleUrl, escapeHtml(articleUrl))]);
  else if (articleUrl) meta.push(["Original", `<span class="not-a-link">${escapeHtml(articleUrl)}</span> (not a web address, so not linked)`]);
  meta.push(["Revision", String(article.revision.number)]);
  const publisherUrl = report.publisher.url;
  const publisher = publisherUrl !== null && isWebUrl(publisherUrl) ? renderWebLink(publisherUrl, escapeHtml(report.publisher.name)) : escapeHtml(report.publisher.name);
  const verdicts = report.claims.filter((claim) => claim.verdict).length;
  const actors = groupClaimsByRollUpActor(report).length;
  const summary = `${formatCount(report.claims.length, "claim")} by ${formatCount(actors, "actor")}, ${formatCount(verdicts, "verdict")}`;
  const banner = report.includesDrafts
    ? `<p class="drafts-banner" role="note"><strong>Includes verdicts that are not approved.</strong> Verdicts still in the desk's workflow are marked “NOT APPROVED” and must not be published as the desk's findings.</p>`
    : "";
  return `<header class="report-header">
<p class="kicker">Fact-check report</p>
<h1>${escapeHtml(article.title)}</h1>
${banner}
<dl class="article-meta">
${meta.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join("\n")}
</dl>
<p class="export-meta muted">Exported by ${escapeHtml(report.exportedBy.name)} on <time datetime="${escapeAttribute(report.exportedAt)}">${escapeHtml(formatReportDate(report.exportedAt))}</time> · Published by ${publisher} · ${summary}</p>
<nav class="toc" aria-label="Contents"><a href="#article">The article</a> · <a href="#claims">Claims by actor</a> · <a href="#claim-map">Claim map</a></nav>
</header>`;
}

function renderMap(report: Report): string {
  const body =
    report.claims.length === 0
      ? `<p class="section-note">No claims have been marked in this article, so there is nothing to map.</p>`
      : `<figure class="map-figure">
<div class="map-scroll">${buildClaimMapSvg(report)}</div>
<figcaption class="muted">One column per speaker, claims in document order. Arrows run from a claim to the claim it rebuts, supports or qualifies; links to claims in other articles are listed with each claim above.</figcaption>
</figure>`;
  return `<section class="map" id="claim-map" aria-labelledby="map-heading">
<h2 id="map-heading">Claim map</h2>
${body}
</section>`;
}

/** A language tag as an attribute value: a plausible BCP 47 tag, else "und" (undetermined). */
function languageTag(value: string): string {
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value) ? value : "und";
}

/** The whole report as one self-contained HTML document. */
export function buildHtmlReport(report: Report): string {
  const language = languageTag(report.article.language);
  const article = renderArticleSection(report, language);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Counterclaim">
<title>${escapeHtml(`${report.article.title} — fact-check report`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="report">
${renderHeader(report)}
<main>
${article.html}
${renderClaimsSection(report, article.unplacedIds, language)}
${renderMap(report)}
</main>
<footer class="report-footer"><p>Made with Counterclaim · Exported ${escapeHtml(formatReportDateTime(report.exportedAt))}</p></footer>
</div>
</body>
</html>
`;
}
