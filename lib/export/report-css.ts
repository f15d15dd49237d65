// The HTML report's stylesheet, screen and print (A4), inlined into the document by html-report.ts.
// The class names it styles are written by html-report.ts, html-article.ts and html-claims.ts.

// No url(), @import or web fonts: the report must make no request, on screen or when printed.
const SANS = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif`;
const SERIF = `Georgia, Cambria, "Times New Roman", Times, serif`;
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #52525b; --border: #d4d4d8; --surface: #f7f7f5; --warn: #b45309; --warn-bg: #fffbeb; --warn-text: #7c2d12; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--text); font-family: ${SANS}; font-size: 1rem; line-height: 1.55; }
.report { max-width: 48rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9rem; margin-top: 0.2em; }
h2 { font-size: 1.4rem; border-bottom: 1px solid var(--border); padding-bottom: 0.25em; margin-top: 2.2em; }
h3 { font-size: 1.15rem; }
h4 { font-size: 1rem; margin: 0 0 0.35em; }
h5 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 1em 0 0.3em; }
p { margin: 0.5em 0; }
a { color: #1d4ed8; }
.muted { color: var(--muted); }
.kicker { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0; }
.article-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 1rem 0; }
.article-meta div { display: contents; }
.article-meta dt { font-weight: 600; color: var(--muted); }
.article-meta dd { margin: 0; overflow-wrap: anywhere; }
.export-meta { font-size: 0.9rem; }
.toc { font-size: 0.9rem; margin-top: 0.75rem; }
.drafts-banner { border: 2px dashed var(--warn); background: var(--warn-bg); color: var(--warn-text); padding: 0.6rem 0.9rem; border-radius: 6px; }
.section-note { color: var(--muted); font-size: 0.9rem; }
.article-body { font-family: ${SERIF}; font-size: 1.08rem; line-height: 1.8; }
.article-body h3, .article-body h4, .article-body h5 { font-family: ${SANS}; }
.article-body blockquote, .claim-quote, .evidence-excerpt { margin: 0.75em 0; padding: 0.1em 0 0.1em 1em; border-left: 3px solid var(--border); color: #333; }
mark.claim-mark { color: inherit; border-bottom: 2px solid; border-radius: 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
sup.claim-ref { font-family: ${SANS}; font-size: 0.68em; font-weight: 700; line-height: 0; margin: 0 0.15em 0 0.1em; white-space: nowrap; }
sup.claim-ref a { text-decoration: none; }
.unplaced { margin-top: 1.5rem; padding: 0.5rem 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: 6px; }
.unplaced h3 { margin-top: 0.5em; font-size: 1rem; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 0.4em; vertical-align: baseline; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.count { font-weight: 400; color: var(--muted); font-size: 0.9rem; }
.claim { border: 1px solid var(--border); border-left: 4px solid; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.badge, .rating-label { display: inline-block; color: #fff; font-weight: 700; font-size: 0.8em; padding: 0.1em 0.45em; border-radius: 0.3em; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rating-label--none { background-color: #e4e4e7; color: var(--text); }
.claim-facts { font-size: 0.88rem; margin: 0; }
.claim-quote { font-family: ${SERIF}; font-size: 1.02rem; }
.field-label { font-weight: 600; }
.claim-note p { display: inline; }
.claim-note p + p { display: block; }
.claim-links, .evidence { margin: 0.25em 0; padding-left: 1.25em; }
.claim-links li, .evidence li { margin: 0.3em 0; overflow-wrap: anywhere; }
.tag { font-size: 0.78em; border: 1px solid var(--border); border-radius: 999px; padding: 0 0.5em; color: var(--muted); white-space: nowrap; }
.not-a-link { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
.verdict { margin: 0.9rem 0 0.4rem; padding: 0.6rem 0.9rem; border: 2px solid var(--border); border-radius: 6px; background: #fff; break-inside: avoid; page-break-inside: avoid; }
.verdict--unapproved { border: 2px dashed var(--warn); background: var(--warn-bg); }
.verdict-kicker { margin: 0; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 700; }
.verdict-flag { margin: 0; font-weight: 800; color: var(--warn-text); letter-spacing: 0.02em; }
.rating-definition { color: var(--muted); font-size: 0.9rem; }
.rationale h2, .rationale h3, .rationale h4 { font-size: 1rem; margin: 0.8em 0 0.3em; border: 0; padding: 0; }
.verdict-byline { font-size: 0.85rem; }
.back-link { font-size: 0.8rem; margin: 0.4em 0 0; }
.map-figure { margin: 0; }
.map-scroll { overflow-x: auto; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
.claim-map { display: block; }
figcaption { font-size: 0.85rem; margin-top: 0.4rem; }
.report-footer { margin-top: 3rem; padding-top: 0.75rem; border-top: 1px solid var(--border); font-size: 0.85rem; color: var(--muted); }
@page { size: A4; margin: 18mm 14mm 16mm; }
@media print {
  body { color: #000; font-size: 10.5pt; background: #fff; }
  .report { max-width: none; padding: 0; }
  .muted, .section-note, .kicker, .rating-definition, h5 { color: #222; }
  a { color: inherit; text-decoration: none; }
  a.evidence-link::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
  h1, h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  .claim, .verdict, .map-figure, blockquote { break-inside: avoid; page-break-inside: avoid; }
  .toc, .back-link { display: none; }
  .map-scroll { overflow: visible; border: 0; }
  .claim-map { max-width: 100%; height: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
