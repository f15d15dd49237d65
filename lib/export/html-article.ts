// The article section of the HTML report: the article body as HTML with every placeable claim
// highlighted (stacked marks where claims overlap) and a footnote marker after it, and the list of
// claims that could not be placed. It walks the document in lockstep with lib/editor/text-index,
// using its position rules, so claim offsets land on exactly the characters they were made on.
import { highlightSegments, type Range } from "@/lib/domain/highlight-segments";
import type { DocNode } from "@/lib/editor/canonical-text";
import { buildTextIndex, isLeafNode, isTextBlock, nodeSize, type IndexedBlock } from "@/lib/editor/text-index";
import { cssHexColor, escapeAttribute, escapeHtml, tintHexColor } from "./html-escape";
import type { Report, ReportClaim } from "./report";
import { UNPLACED_NOTE } from "./report-labels";
import { headingLevel, orderedListStart, wrapInMarks } from "./rich-text-html";

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
  if (isLeafNode(node)) return ""; // images and the like: a report makes no request
  // A text block renders exactly where the index made a block of it (the index skips one with no
  // text), so the two walks cannot drift.
  const entry = isTextBlock(node) ? context.blocksByStart.get(contentStart) : undefined;
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
export function renderArticleSection(report: Report, language: string): { html: string; unplacedIds: Set<string> } {
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
