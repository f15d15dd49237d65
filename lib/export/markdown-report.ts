// The Markdown export (CommonMark + GFM) for CMS pipelines: (Report) -> string. It owns the
// document's shape and the escaping that keeps every user-typed text inert: such text can never
// open a block, emphasis, a link, a table cell or raw HTML, and only http(s) URLs become links.
import { ATTRIBUTION_LABELS, LINK_KIND_LABELS, type Attribution, type LinkKind } from "@/lib/domain/claim-types";
import { verdictStatusLabel } from "@/lib/domain/verdict-workflow";
import { isWebUrl, type Report, type ReportActor, type ReportClaim, type ReportEvidence, type ReportLink, type ReportVerdict } from "@/lib/export/report";

// Kept private until lib/export/report-labels.ts lands; then these move there.
const EVIDENCE_KIND_LABELS: Record<ReportEvidence["kind"], string> = {
  official_statement: "Official statement",
  media_report: "Media report",
  osint: "OSINT",
  imagery: "Imagery",
  document: "Document",
  expert: "Expert",
};
const STANCE_LABELS: Record<ReportEvidence["stance"], string> = { refutes: "Refutes", supports: "Supports", context: "Context" };
const ANCHOR_LABELS: Record<ReportClaim["anchorStatus"], string> = {
  exact: "Exact",
  moved: "Moved",
  fuzzy: "Fuzzy match",
  orphaned: "Orphaned: the quote is no longer in this text",
};

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

function toLinkKind(kind: ReportLink["kind"]): LinkKind {
  return kind.toUpperCase() as Uppercase<ReportLink["kind"]>;
}

function toAttribution(attribution: ReportClaim["attribution"]): Attribution {
  return attribution.toUpperCase() as Uppercase<ReportClaim["attribution"]>;
}

/** "Rebutted by Azerbaijan 3", or "Same claim as Russia in “Earlier report”" across articles. */
function describeLink(link: ReportLink, claim: ReportClaim, claimsById: Map<string, ReportClaim>): string {
  const isFrom = link.fromClaimId === claim.id;
  const labels = LINK_KIND_LABELS[toLinkKind(link.kind)];
  const verb = isFrom ? labels.from : labels.to;
  const otherId = isFrom ? link.toClaimId : link.fromClaimId;
  const other = claimsById.get(otherId);
  const target = link.external
    ? `${escapeInline(link.external.actorName)} in “${escapeInline(link.external.articleTitle)}”`
    : other
      ? `${escapeInline(other.actor.name)} ${other.number}`
      : "a claim not in this report";
  const note = link.note.trim() ? ` — ${escapeInline(link.note)}` : "";
  return `${verb} ${target}${note}`;
}

function formatEvidence(evidence: ReportEvidence): string {
  const source = [escapeInline(evidence.publisher), `${EVIDENCE_KIND_LABELS[evidence.kind]}, ${STANCE_LABELS[evidence.stance].toLowerCase()}`].filter(Boolean).join(", ");
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

function formatClaim(claim: ReportClaim, claimsById: Map<string, ReportClaim>): string[] {
  const speaker = escapeInline(claim.actor.name);
  const blocks = [`#### ${escapeInline(claim.actor.label)} ${claim.number} — ${speaker}`];
  const about = [ATTRIBUTION_LABELS[toAttribution(claim.attribution)]];
  if (claim.relayedBy) about.push(`relayed by ${escapeInline(claim.relayedBy.name)}`);
  if (claim.anchorStatus !== "exact") about.push(`anchor: ${ANCHOR_LABELS[claim.anchorStatus]}`);
  blocks.push(`*${about.join("; ")}*`);
  blocks.push(formatBlockquote(claim.exact));
  if (claim.note.trim()) blocks.push(`Note: ${escapeInline(claim.note)}`);
  if (claim.links.length > 0) blocks.push(["Links:", ...claim.links.map((link) => `- ${describeLink(link, claim, claimsById)}`)].join("\n"));
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

/** Roll-up actors in the report's order (first appearance), each with its claims in document order. */
function groupByRollUpActor(report: Report): { actor: ReportActor; claims: ReportClaim[] }[] {
  const groups = new Map<string, { actor: ReportActor; claims: ReportClaim[] }>();
  const order = new Map(report.actors.map((actor, index) => [actor.id, index]));
  for (const claim of report.claims) {
    const group = groups.get(claim.rollUpActor.id) ?? { actor: claim.rollUpActor, claims: [] };
    group.claims.push(claim);
    groups.set(claim.rollUpActor.id, group);
  }
  return [...groups.values()].sort((a, b) => (order.get(a.actor.id) ?? Infinity) - (order.get(b.actor.id) ?? Infinity));
}

export function buildMarkdownReport(report: Report): string {
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const blocks = [`# ${escapeInline(report.article.title)}`, formatMetadata(report)];
  if (report.includesDrafts) blocks.push("> **Includes verdicts that are not approved.**");
  blocks.push("## Claims by actor");
  if (report.claims.length === 0) blocks.push("No claims.");
  for (const group of groupByRollUpActor(report)) {
    blocks.push(`### ${escapeInline(group.actor.name)}`);
    for (const claim of group.claims) blocks.push(...formatClaim(claim, claimsById));
  }
  // Blank lines between blocks: no block can continue into the next one.
  return `${blocks.join("\n\n")}\n`;
}
