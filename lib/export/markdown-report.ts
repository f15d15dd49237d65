// The Markdown export (CommonMark + GFM) for CMS pipelines: (Report) -> string. It owns the
// document's shape and the escaping that keeps every user-typed text inert: such text can never
// open a block, emphasis, a link, a table cell or raw HTML, and only http(s) URLs become links.
import { groupClaimsByRollUpActor } from "./claims-by-actor";
import { createClaimReferenceResolver, type ClaimReference, type ClaimReferenceResolver } from "./claim-references";
import { isWebUrl, type Report, type ReportClaim, type ReportEvidence, type ReportLink, type ReportVerdict } from "./report";
import { ANCHOR_STATUS_SHORT_LABELS, EVIDENCE_KIND_LABELS, STANCE_SHORT_LABELS, attributionLabel, verdictStatusLabel } from "./report-labels";

// Backslash escapes cover every character that can start inline markup (emphasis, code, links,
// images, GFM tables and strikethrough) or, at a line start, a block (headings, lists, quotes,
// ordered lists "1." / "1)", setext underlines). `<`, `>` and `&` become entities instead: most
// renderers pass raw HTML through, and an entity is inert in every one of them.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~=<>&]/g;
const HTML_ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

const LINE_BREAK = /\r\n|\r|\n/;

function escapeLine(line: string): string {
  // Leading spaces would make an indented code block; trailing ones a hard break.
  return line.trim().replace(MARKDOWN_PUNCTUATION, (char) => HTML_ENTITIES[char] ?? `\\${char}`);
}

/** User text on one line: a line break inside it must not start a new block. */
function escapeInline(text: string): string {
  return escapeLine(text.split(LINE_BREAK).join(" "));
}

/** User text as paragraphs: blank lines separate them, single line breaks become spaces. */
function escapeParagraphs(text: string): string[] {
  return text
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map(escapeInline)
    .filter((paragraph) => paragraph.length > 0);
}

/** Every line prefixed with ">", so the quote keeps its line breaks and cannot leave the blockquote. */
function formatBlockquote(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => (line.trim() ? `> ${escapeLine(line)}` : ">"))
    .join("\n");
}

// Serialising through URL percent-encodes spaces, quotes and angle brackets; parentheses and
// backslashes are encoded on top so nothing can close the destination or act as an escape, and
// an `&` that would read as an entity reference (CommonMark decodes them there) is spelled out.
function encodeLinkDestination(url: string): string {
  return new URL(url).href
    .replace(/[()\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/&(?=[A-Za-z0-9#]+;)/g, "&amp;");
}

/** A link for an http(s) URL; anything else is shown as escaped text, never as a link. */
function formatLink(text: string, url: string | null): string {
  const label = escapeInline(text);
  if (!url) return label;
  if (isWebUrl(url)) return `[${label || escapeInline(url)}](${encodeLinkDestination(url)})`;
  // Not a web URL: shown, escaped, as text the reader can inspect.
  const shown = escapeInline(url);
  return label && label !== shown ? `${label} (${shown})` : shown;
}

// Timestamps come from the loader (ISO 8601), not from a user: shown as they are when they have
// that shape, so they read "2026-12-01" rather than "2026\-12\-01", and escaped otherwise.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

/** "2026-12-01 12:00 UTC". */
function formatTimestamp(iso: string): string {
  return ISO_TIMESTAMP.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : escapeInline(iso);
}

/** "2026-12-01". */
function formatDay(iso: string): string {
  return ISO_TIMESTAMP.test(iso) ? iso.slice(0, 10) : escapeInline(iso);
}

/** "Rebutted by Azerbaijan 3", or "Same claim as Russia in “Earlier report”" across articles. */
function describeLink(link: ReportLink, reference: ClaimReference): string {
  const { other } = reference;
  const target = !other
    ? "a claim not in this report"
    : other.number === null
      ? `${escapeInline(other.actorName)} in “${escapeInline(other.externalArticleTitle)}”`
      : `${escapeInline(other.actorName)} ${other.number}`;
  const note = link.note.trim() ? ` — ${escapeInline(link.note)}` : "";
  return `${reference.label} ${target}${note}`;
}

function formatEvidence(evidence: ReportEvidence): string {
  const source = [escapeInline(evidence.publisher), `${EVIDENCE_KIND_LABELS[evidence.kind]}, ${STANCE_SHORT_LABELS[evidence.stance].toLowerCase()}`].filter(Boolean).join(", ");
  const excerpt = evidence.excerpt.trim() ? `: ${escapeInline(evidence.excerpt)}` : "";
  return `- ${formatLink(evidence.title, evidence.url)} (${source})${excerpt}`;
}

function formatVerdict(verdict: ReportVerdict): string[] {
  const rating = verdict.rating ? escapeInline(verdict.rating.label) : "No rating";
  // An unapproved verdict only reaches an export with drafts=1, and must never pass for a decision.
  const approval = verdict.approved ? "" : ` — **Not approved** (${verdictStatusLabel(verdict.status)})`;
  const people = [`Author: ${escapeInline(verdict.authorName)}`];
  if (verdict.reviewerName) people.push(`reviewer: ${escapeInline(verdict.reviewerName)}`);
  if (verdict.approved && verdict.decidedAt) people.push(`approved ${formatDay(verdict.decidedAt)}`);
  const blocks = [`**Verdict:** ${rating}${approval}`];
  if (verdict.claimSummary.trim()) blocks.push(`Claim reviewed: ${escapeInline(verdict.claimSummary)}`);
  blocks.push(...escapeParagraphs(verdict.rationaleText));
  blocks.push(people.join("; "));
  return blocks;
}

function formatClaim(claim: ReportClaim, referenceOf: ClaimReferenceResolver): string[] {
  const speaker = escapeInline(claim.actor.name);
  const blocks = [`#### ${escapeInline(claim.actor.label)} ${claim.number} — ${speaker}`];
  const about = [attributionLabel(claim.attribution)];
  if (claim.relayedBy) about.push(`relayed by ${escapeInline(claim.relayedBy.name)}`);
  if (claim.anchorStatus !== "exact") about.push(`anchor: ${ANCHOR_STATUS_SHORT_LABELS[claim.anchorStatus]}`);
  blocks.push(`*${about.join("; ")}*`);
  blocks.push(formatBlockquote(claim.exact));
  if (claim.note.trim()) blocks.push(`Note: ${escapeInline(claim.note)}`);
  if (claim.links.length > 0) blocks.push(["Links:", ...claim.links.map((link) => `- ${describeLink(link, referenceOf(claim, link))}`)].join("\n"));
  if (claim.evidence.length > 0) blocks.push(["Evidence:", ...claim.evidence.map(formatEvidence)].join("\n"));
  if (claim.verdict) blocks.push(...formatVerdict(claim.verdict));
  return blocks;
}

function formatMetadata(report: Report): string {
  const { article } = report;
  const items = [`- Source: ${escapeInline(article.source)}`];
  if (article.publishedAt) items.push(`- Published: ${formatDay(article.publishedAt)}`);
  if (article.url) items.push(`- Original: ${formatLink(article.url, article.url)}`);
  items.push(`- Revision: ${article.revision.number}`);
  items.push(`- Exported by ${escapeInline(report.exportedBy.name)} on ${formatTimestamp(report.exportedAt)}`);
  items.push(`- Publisher: ${formatLink(report.publisher.name, report.publisher.url)}`);
  return items.join("\n");
}

export function buildMarkdownReport(report: Report): string {
  const referenceOf = createClaimReferenceResolver(report);
  const blocks = [`# ${escapeInline(report.article.title)}`, formatMetadata(report)];
  if (report.includesDrafts) blocks.push("> **Includes verdicts that are not approved.**");
  blocks.push("## Claims by actor");
  if (report.claims.length === 0) blocks.push("No claims.");
  for (const group of groupClaimsByRollUpActor(report)) {
    blocks.push(`### ${escapeInline(group.actor.name)}`);
    for (const claim of group.claims) blocks.push(...formatClaim(claim, referenceOf));
  }
  // Blank lines between blocks: no block can continue into the next one.
  return `${blocks.join("\n\n")}\n`;
}
