// The HTML report: (Report) -> one self-contained HTML5 document (inline CSS, no script, no
// external request), which is also what the PDF is printed from. It owns the report's reading
// order (title block, the annotated article, claims by actor, claim map, footer) and its print CSS.
import { highlightSegments, type Range } from "@/lib/domain/highlight-segments";
import type { DocNode } from "@/lib/editor/canonical-text";
import { buildTextIndex, type IndexedBlock } from "@/lib/editor/text-index";
import { buildClaimMapSvg } from "./claim-map-svg";
import { cssHexColor, escapeAttribute, escapeHtml, tintHexColor } from "./html-escape";
import { isWebUrl, type Report, type ReportActor, type ReportClaim, type ReportEvidence, type ReportLink, type ReportVerdict } from "./report";
import {
  ANCHOR_STATUS_LABELS,
  EVIDENCE_KIND_LABELS,
  STANCE_LABELS,
  attributionLabel,
  formatReportDate,
  formatReportDateTime,
  linkLabelFor,
  verdictStatusLabel,
} from "./report-labels";
import { buildRichTextHtml, headingLevel, orderedListStart, wrapInMarks } from "./rich-text-html";

const UNPLACED_NOTE = "could not be placed in the current text";

// ---------------------------------------------------------------------------------------------
// The article, with its claims highlighted

/** ProseMirror node sizes, counted exactly as lib/editor/text-index.ts counts them (its helper is private). */
const LEAF_TYPES = new Set(["hardBreak", "horizontalRule", "image"]);

function nodeSize(node: DocNode): number {
  if (node.type === "text") return node.text?.length ?? 0;
  if (LEAF_TYPES.has(node.type)) return 1;
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0);
}

type ArticleContext = {
  text: string;
  /** The index's text blocks by the ProseMirror position where their content starts. */
  blocksByStart: Map<number, { block: IndexedBlock; index: number }>;
  ranges: Range[];
  claimsById: Map<string, ReportClaim>;
  /** Claims whose footnote marker goes after the character before this canonical offset. */
  markersAt: Map<number, ReportClaim[]>;
  renderedBlocks: number;
};

/** Which claims can be shown in the text, and where each one's marker goes. */
function placeClaims(report: Report, blocks: IndexedBlock[]): { placed: ReportClaim[]; unplaced: ReportClaim[]; markersAt: Map<number, ReportClaim[]> } {
  const placed: ReportClaim[] = [];
  const unplaced: ReportClaim[] = [];
  const markersAt = new Map<number, ReportClaim[]>();
  for (const claim of report.claims) {
    const inText = claim.anchorStatus !== "orphaned" && claim.start >= 0 && claim.start < claim.end && claim.end <= report.article.text.length;
    // The marker sits in the block holding the claim's last character (a claim may span blocks).
    const block = inText ? [...blocks].reverse().find((candidate) => candidate.textStart < claim.end) : undefined;
    const markerOffset = block ? Math.min(claim.end, block.textStart + block.text.length) : -1;
    if (!block || markerOffset <= claim.start) {
      unplaced.push(claim);
      continue;
    }
    placed.push(claim);
    markersAt.set(markerOffset, [...(markersAt.get(markerOffset) ?? []), claim]);
  }
  // Nested claims close like brackets: the inner (later-starting) one's marker comes first.
  for (const claims of markersAt.values()) claims.sort((a, b) => b.start - a.start || a.number - b.number);
  return { placed, unplaced, markersAt };
}

function renderMarker(claim: ReportClaim): string {
  return `<sup class="claim-ref" id="ref-claim-${claim.number}"><a href="#claim-${claim.number}" style="color:${cssHexColor(claim.actor.color)}">${escapeHtml(claim.actor.label)}&#160;${claim.number}</a></sup>`;
}

/**
 * A run covered by several claims is wrapped once per claim, outermost first. Each wrapper's
 * underline sits 3px lower than the one inside it, so nested and overlapping claims stay visible
 * as stacked lines (and the tints darken where they overlap).
 */
function wrapInClaimMarks(html: string, claims: ReportClaim[]): string {
  return claims.reduceRight((inner, claim, depth) => {
    const color = cssHexColor(claim.actor.color);
    const offset = (claims.length - 1 - depth) * 3;
    const style = `background-color:${tintHexColor(color)};border-bottom-color:${color};padding-bottom:${offset}px`;
    return `<mark class="claim-mark" data-claim="${claim.number}" title="${escapeAttribute(`${claim.actor.name} ${claim.number}`)}" style="${style}">${inner}</mark>`;
  }, html);
}

/** Canonical characters [from, to) of a block with the formatting of the nodes they came from. */
function renderInline(block: IndexedBlock, sources: number[], children: DocNode[], from: number, to: number): string {
  let html = "";
  let start = from;
  while (start < to) {
    let end = start + 1;
    while (end < to && sources[end] === sources[start]) end++;
    const child = children[sources[start]];
    if (child?.type === "text") html += wrapInMarks(escapeHtml(block.text.slice(start, end)), child.marks);
    // A hard break is one collapsed space in the canonical text: shown as the line break it is.
    else if (child?.type === "hardBreak") html += "<br>".repeat(end - start);
    else html += escapeHtml(block.text.slice(start, end));
    start = end;
  }
  return html;
}

function renderTextBlock(node: DocNode, block: IndexedBlock, context: ArticleContext): string {
  const children = node.content ?? [];
  // For every canonical character, the child node its position falls in (positions increase).
  const spans: { to: number }[] = [];
  let position = block.contentStart;
  for (const child of children) {
    position += nodeSize(child);
    spans.push({ to: position });
  }
  let child = 0;
  const sources = block.positions.map((at) => {
    while (child < spans.length - 1 && spans[child].to <= at) child++;
    return child;
  });
  const blockEnd = block.textStart + block.text.length;
  let html = "";
  for (const segment of highlightSegments(context.text, context.ranges, block.textStart, blockEnd)) {
    const inline = renderInline(block, sources, children, segment.start - block.textStart, segment.end - block.textStart);
    const covering = segment.ids
      .map((id) => context.claimsById.get(id)!)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.number - b.number);
    html += wrapInClaimMarks(inline, covering);
    html += (context.markersAt.get(segment.end) ?? []).map(renderMarker).join("");
  }
  return html;
}

/** The element a text block becomes; article headings sit one level below the report's sections. */
function textBlockTag(node: DocNode): string {
  if (node.type === "paragraph") return "p";
  if (node.type === "heading") return `h${headingLevel(node) + 1}`;
  if (node.type === "listItem") return "li";
  if (node.type === "blockquote") return "blockquote";
  return "div";
}

function renderArticleNode(node: DocNode, contentStart: number, context: ArticleContext): string {
  if (node.type === "text" || node.type === "hardBreak") return ""; // outside a text block: whitespace only
  if (node.type === "horizontalRule") return "<hr>";
  if (LEAF_TYPES.has(node.type)) return ""; // images and the like: a report makes no request
  // A node is a text block exactly when the index made a block of it, so the two walks cannot drift.
  const entry = context.blocksByStart.get(contentStart);
  if (entry) {
    context.renderedBlocks++;
    const tag = textBlockTag(node);
    return `<${tag} data-block="${entry.index}">${renderTextBlock(node, entry.block, context)}</${tag}>`;
  }
  const parts: string[] = [];
  let position = contentStart;
  for (const child of node.content ?? []) {
    const part = renderArticleNode(child, position + 1, context);
    if (part) parts.push(part);
    position += nodeSize(child);
  }
  const inner = parts.join("\n");
  switch (node.type) {
    case "doc":
      return inner;
    case "paragraph":
    case "heading":
      return ""; // a block with no text: the index skipped it too
    case "blockquote":
      return `<blockquote>\n${inner}\n</blockquote>`;
    case "bulletList":
      return `<ul>\n${inner}\n</ul>`;
    case "orderedList":
      return `<ol${orderedListStart(node)}>\n${inner}\n</ol>`;
    case "listItem":
      return `<li>\n${inner}\n</li>`;
    default:
      return inner ? `<div>\n${inner}\n</div>` : "";
  }
}

function renderUnplaced(claims: ReportClaim[]): string {
  if (claims.length === 0) return "";
  const items = claims.map((claim) => `<li><a href="#claim-${claim.number}">${escapeHtml(`${claim.actor.label} ${claim.number}`)}</a> ${escapeHtml(claim.actor.name)}: “${escapeHtml(claim.exact)}” <em>(${UNPLACED_NOTE})</em></li>`);
  return `<aside class="unplaced" aria-labelledby="unplaced-heading"><h3 id="unplaced-heading">Claims that ${UNPLACED_NOTE}</h3>\n<ul>\n${items.join("\n")}\n</ul></aside>`;
}

/** The article section, and the ids of the claims it could not place (they are listed, not highlighted). */
function renderArticle(report: Report, language: string): { html: string; unplacedIds: Set<string> } {
  const index = buildTextIndex(report.article.body);
  const { placed, unplaced, markersAt } = placeClaims(report, index.blocks);
  const context: ArticleContext = {
    text: index.text,
    blocksByStart: new Map(index.blocks.map((block, blockIndex) => [block.contentStart, { block, index: blockIndex }])),
    ranges: placed.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end })),
    claimsById: new Map(report.claims.map((claim) => [claim.id, claim])),
    markersAt,
    renderedBlocks: 0,
  };
  const body = renderArticleNode(report.article.body, 0, context);
  // Offsets are only meaningful if every block was shown where the index put it: a report with
  // highlights in the wrong words is worse than no report.
  if (context.renderedBlocks !== index.blocks.length) throw new Error(`The article body rendered ${context.renderedBlocks} of ${index.blocks.length} text blocks.`);
  const intro = report.claims.length > 0 ? `<p class="section-note">Highlighted passages are claims; the label after each leads to its entry under “Claims by actor”.</p>` : `<p class="section-note">No claims have been marked in this article.</p>`;
  const html = `<section class="article" id="article" aria-labelledby="article-heading">
<h2 id="article-heading">The article</h2>
${intro}
<div class="article-body" lang="${language}">
${body}
</div>
${renderUnplaced(unplaced)}
</section>`;
  return { html, unplacedIds: new Set(unplaced.map((claim) => claim.id)) };
}

// ---------------------------------------------------------------------------------------------
// Claims by actor

function renderBadge(claim: ReportClaim): string {
  return `<span class="badge" style="background-color:${cssHexColor(claim.actor.color)}">${escapeHtml(claim.actor.label)}&#160;${claim.number}</span>`;
}

function renderParagraphs(text: string, className: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p class="${className}">${escapeHtml(paragraph)}</p>`)
    .join("\n");
}

function renderLink(link: ReportLink, claim: ReportClaim, claimsById: Map<string, ReportClaim>, reliedOn: boolean): string {
  const label = escapeHtml(linkLabelFor(link, claim.id));
  const note = link.note.trim() ? ` — ${escapeHtml(link.note.trim())}` : "";
  const relied = reliedOn ? ` <span class="tag">the verdict relies on this</span>` : "";
  if (link.external) {
    const { actorName, articleTitle, exact } = link.external;
    return `<li>${label} ${escapeHtml(actorName)} in “${escapeHtml(articleTitle)}”: “${escapeHtml(exact)}”${note}${relied}</li>`;
  }
  const other = claimsById.get(link.fromClaimId === claim.id ? link.toClaimId : link.fromClaimId);
  if (!other) return `<li>${label} a claim that is no longer in this article${note}${relied}</li>`;
  return `<li>${label} <a href="#claim-${other.number}">${escapeHtml(`${other.actor.name} ${other.number}`)}</a>: “${escapeHtml(other.exact)}”${note}${relied}</li>`;
}

function renderEvidence(evidence: ReportEvidence, reliedOn: boolean): string {
  const title = escapeHtml(evidence.title.trim() || evidence.url);
  // Only web addresses become links; anything else is shown, inert, so the reader sees what was stored.
  const heading = isWebUrl(evidence.url)
    ? `<a class="evidence-link" href="${escapeAttribute(evidence.url)}" rel="noopener noreferrer nofollow">${title}</a>`
    : `<span class="evidence-title">${title}</span> <span class="not-a-link">(address not linked: ${escapeHtml(evidence.url)})</span>`;
  const facts = [evidence.publisher.trim() ? escapeHtml(evidence.publisher.trim()) : "", escapeHtml(EVIDENCE_KIND_LABELS[evidence.kind]), escapeHtml(STANCE_LABELS[evidence.stance])];
  if (evidence.retrievedAt) facts.push(`retrieved ${escapeHtml(formatReportDate(evidence.retrievedAt))}`);
  const excerpt = evidence.excerpt.trim() ? `<blockquote class="evidence-excerpt">${escapeHtml(evidence.excerpt.trim())}</blockquote>` : "";
  const relied = reliedOn ? ` <span class="tag">the verdict relies on this</span>` : "";
  return `<li class="evidence-item">${heading}${relied}<br><span class="muted">${facts.filter(Boolean).join(" · ")}</span>${excerpt}</li>`;
}

function renderVerdict(verdict: ReportVerdict): string {
  // Not approved is said in words as well as by the dashed border: colour is never the only cue.
  const kicker = verdict.approved
    ? `<p class="verdict-kicker">Verdict</p>`
    : `<p class="verdict-flag">NOT APPROVED — ${escapeHtml(verdictStatusLabel(verdict.status))}</p>`;
  const rating = verdict.rating
    ? `<p class="rating"><span class="rating-label" style="background-color:${cssHexColor(verdict.rating.color)}">${escapeHtml(verdict.rating.label)}</span> <span class="rating-definition">${escapeHtml(verdict.rating.definition)}</span></p>`
    : `<p class="rating"><span class="rating-label rating-label--none">No rating yet</span></p>`;
  const summary = verdict.claimSummary.trim() ? `<p class="claim-summary"><span class="field-label">Claim reviewed:</span> ${escapeHtml(verdict.claimSummary.trim())}</p>` : "";
  const rationale = buildRichTextHtml(verdict.rationale) || renderParagraphs(verdict.rationaleText, "rationale-text");
  const byline = [`By ${escapeHtml(verdict.authorName)}`, verdict.reviewerName ? `reviewed by ${escapeHtml(verdict.reviewerName)}` : "not yet reviewed"];
  if (verdict.approved && verdict.decidedAt) byline.push(`approved ${escapeHtml(formatReportDate(verdict.decidedAt))}`);
  if (!verdict.approved) {
    if (verdict.decidedAt) byline.push(`last decided ${escapeHtml(formatReportDate(verdict.decidedAt))}`);
    byline.push(`last updated ${escapeHtml(formatReportDate(verdict.updatedAt))}`);
  }
  const className = verdict.approved ? "verdict" : "verdict verdict--unapproved";
  return `<section class="${className}" data-verdict="${escapeAttribute(verdict.id)}" aria-label="${verdict.approved ? "Verdict" : "Verdict, not approved"}">
${kicker}
${rating}
${summary}
<div class="rationale">${rationale}</div>
<p class="verdict-byline muted">${byline.join(" · ")}</p>
</section>`;
}

function renderClaim(claim: ReportClaim, claimsById: Map<string, ReportClaim>, placed: boolean, language: string): string {
  const facts = [escapeHtml(attributionLabel(claim.attribution))];
  if (claim.actor.id !== claim.rollUpActor.id) facts.push(`for ${escapeHtml(claim.rollUpActor.name)}`);
  if (claim.relayedBy) facts.push(`relayed by ${escapeHtml(claim.relayedBy.name)}`);
  if (!placed) facts.push(`<strong>${UNPLACED_NOTE}</strong>`);
  else if (claim.anchorStatus !== "exact") facts.push(escapeHtml(ANCHOR_STATUS_LABELS[claim.anchorStatus]));
  const note = claim.note.trim() ? `<div class="claim-note"><span class="field-label">Note:</span> ${renderParagraphs(claim.note, "note-text")}</div>` : "";
  const verdict = claim.verdict;
  const links = claim.links.length
    ? `<h5>Links</h5>\n<ul class="claim-links">\n${claim.links.map((link) => renderLink(link, claim, claimsById, verdict?.reliesOnLinkIds.includes(link.id) ?? false)).join("\n")}\n</ul>`
    : "";
  const evidence = claim.evidence.length
    ? `<h5>Evidence</h5>\n<ul class="evidence">\n${claim.evidence.map((item) => renderEvidence(item, verdict?.reliesOnEvidenceIds.includes(item.id) ?? false)).join("\n")}\n</ul>`
    : "";
  const back = placed ? `<p class="back-link"><a href="#ref-claim-${claim.number}">Back to the text</a></p>` : "";
  const parts = [
    `<article class="claim" id="claim-${claim.number}" style="border-left-color:${cssHexColor(claim.actor.color)}">`,
    `<h4 class="claim-heading">${renderBadge(claim)} <span class="speaker">${escapeHtml(claim.actor.name)}</span></h4>`,
    `<p class="claim-facts muted">${facts.join(" · ")}</p>`,
    `<blockquote class="claim-quote" lang="${language}"><p>${escapeHtml(claim.exact)}</p></blockquote>`,
    note,
    links,
    evidence,
    verdict ? renderVerdict(verdict) : "",
    back,
    "</article>",
  ];
  return parts.filter(Boolean).join("\n");
}

/** One group per roll-up actor, in the report's actor order (roll-up actors come first there). */
function groupByRollUpActor(report: Report): { actor: ReportActor; claims: ReportClaim[] }[] {
  const groups = new Map<string, { actor: ReportActor; claims: ReportClaim[] }>();
  for (const actor of report.actors) {
    if (report.claims.some((claim) => claim.rollUpActor.id === actor.id)) groups.set(actor.id, { actor, claims: [] });
  }
  for (const claim of [...report.claims].sort((a, b) => a.number - b.number)) {
    const group = groups.get(claim.rollUpActor.id) ?? { actor: claim.rollUpActor, claims: [] };
    group.claims.push(claim);
    groups.set(claim.rollUpActor.id, group);
  }
  return [...groups.values()];
}

function renderClaims(report: Report, unplacedIds: Set<string>, language: string): string {
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const groups = groupByRollUpActor(report).map(({ actor, claims }, index) => {
    const count = `${claims.length} ${claims.length === 1 ? "claim" : "claims"}`;
    return `<section class="actor-group" aria-labelledby="actor-${index + 1}">
<h3 id="actor-${index + 1}"><span class="swatch" style="background-color:${cssHexColor(actor.color)}"></span>${escapeHtml(actor.name)} <span class="count">(${count})</span></h3>
${claims.map((claim) => renderClaim(claim, claimsById, !unplacedIds.has(claim.id), language)).join("\n")}
</section>`;
  });
  const body = groups.length ? groups.join("\n") : `<p class="section-note">No claims have been marked in this article.</p>`;
  return `<section class="claims" id="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims by actor</h2>
${body}
</section>`;
}

// ---------------------------------------------------------------------------------------------
// Title block, map, footer, document

function renderHeader(report: Report): string {
  const { article } = report;
  const meta: [string, string][] = [];
  if (article.source.trim()) meta.push(["Source", escapeHtml(article.source.trim())]);
  if (article.publishedAt) meta.push(["Published", `<time datetime="${escapeAttribute(article.publishedAt)}">${escapeHtml(formatReportDate(article.publishedAt))}</time>`]);
  if (isWebUrl(article.url)) meta.push(["Original", `<a href="${escapeAttribute(article.url)}" rel="noopener noreferrer nofollow">${escapeHtml(article.url)}</a>`]);
  else if (article.url) meta.push(["Original", `<span class="not-a-link">${escapeHtml(article.url)}</span> (not a web address, so not linked)`]);
  meta.push(["Revision", String(article.revision.number)]);
  const publisher = isWebUrl(report.publisher.url) ? `<a href="${escapeAttribute(report.publisher.url)}" rel="noopener noreferrer nofollow">${escapeHtml(report.publisher.name)}</a>` : escapeHtml(report.publisher.name);
  const verdicts = report.claims.filter((claim) => claim.verdict).length;
  const actors = groupByRollUpActor(report).length;
  const summary = `${report.claims.length} ${report.claims.length === 1 ? "claim" : "claims"} by ${actors} ${actors === 1 ? "actor" : "actors"}, ${verdicts} ${verdicts === 1 ? "verdict" : "verdicts"}`;
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

// No url(), @import or web fonts: the report must make no request, on screen or when printed.
const SANS = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif`;
const SERIF = `Georgia, Cambria, "Times New Roman", Times, serif`;
const CSS = `
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

/** The whole report as one self-contained HTML document. */
export function buildHtmlReport(report: Report): string {
  const language = languageTag(report.article.language);
  const article = renderArticle(report, language);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Counterclaim">
<title>${escapeHtml(`${report.article.title} — fact-check report`)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="report">
${renderHeader(report)}
<main>
${article.html}
${renderClaims(report, article.unplacedIds, language)}
${renderMap(report)}
</main>
<footer class="report-footer"><p>Made with Counterclaim · Exported ${escapeHtml(formatReportDateTime(report.exportedAt))}</p></footer>
</div>
</body>
</html>
`;
}
