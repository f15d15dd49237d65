// The "Claims by actor" section of the HTML report: one group per roll-up actor, and per claim its
// badge, speaker, facts, quote, note, links in words, evidence and verdict, the verdict marked in
// words and by its border whenever it is not approved.
import { groupClaimsByRollUpActor } from "./claims-by-actor";
import { createClaimReferenceResolver, type ClaimReference, type ClaimReferenceResolver } from "./claim-references";
import { cssHexColor, escapeAttribute, escapeHtml } from "./html-escape";
import { isWebUrl, type Report, type ReportClaim, type ReportEvidence, type ReportLink, type ReportVerdict } from "./report";
import {
  ANCHOR_STATUS_LABELS,
  EVIDENCE_KIND_LABELS,
  STANCE_LABELS,
  UNPLACED_NOTE,
  attributionLabel,
  formatCount,
  formatReportDate,
  verdictStatusLabel,
} from "./report-labels";
import { buildRichTextHtml } from "./rich-text-html";

const RELIED_ON_TAG = ` <span class="tag">the verdict relies on this</span>`;

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

function renderLink(link: ReportLink, reference: ClaimReference, reliedOn: boolean): string {
  const label = escapeHtml(reference.label);
  const note = link.note.trim() ? ` — ${escapeHtml(link.note.trim())}` : "";
  const relied = reliedOn ? RELIED_ON_TAG : "";
  const { other } = reference;
  if (!other) return `<li>${label} a claim that is no longer in this article${note}${relied}</li>`;
  const target =
    other.number === null
      ? `${escapeHtml(other.actorName)} in “${escapeHtml(other.externalArticleTitle)}”`
      : `<a href="#claim-${other.number}">${escapeHtml(`${other.actorName} ${other.number}`)}</a>`;
  return `<li>${label} ${target}: “${escapeHtml(other.exact)}”${note}${relied}</li>`;
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
  const relied = reliedOn ? RELIED_ON_TAG : "";
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

function renderClaim(claim: ReportClaim, referenceOf: ClaimReferenceResolver, placed: boolean, language: string): string {
  const facts = [escapeHtml(attributionLabel(claim.attribution))];
  if (claim.actor.id !== claim.rollUpActor.id) facts.push(`for ${escapeHtml(claim.rollUpActor.name)}`);
  if (claim.relayedBy) facts.push(`relayed by ${escapeHtml(claim.relayedBy.name)}`);
  if (!placed) facts.push(`<strong>${UNPLACED_NOTE}</strong>`);
  else if (claim.anchorStatus !== "exact") facts.push(escapeHtml(ANCHOR_STATUS_LABELS[claim.anchorStatus]));
  const note = claim.note.trim() ? `<div class="claim-note"><span class="field-label">Note:</span> ${renderParagraphs(claim.note, "note-text")}</div>` : "";
  const verdict = claim.verdict;
  const links = claim.links.length
    ? `<h5>Links</h5>\n<ul class="claim-links">\n${claim.links.map((link) => renderLink(link, referenceOf(claim, link), verdict?.reliesOnLinkIds.includes(link.id) ?? false)).join("\n")}\n</ul>`
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

/** The "Claims by actor" section; `unplacedIds` are the claims the article section could not highlight. */
export function renderClaimsSection(report: Report, unplacedIds: Set<string>, language: string): string {
  const referenceOf = createClaimReferenceResolver(report);
  const groups = groupClaimsByRollUpActor(report).map(({ actor, claims }, index) => {
    const count = formatCount(claims.length, "claim");
    return `<section class="actor-group" aria-labelledby="actor-${index + 1}">
<h3 id="actor-${index + 1}"><span class="swatch" style="background-color:${cssHexColor(actor.color)}"></span>${escapeHtml(actor.name)} <span class="count">(${count})</span></h3>
${claims.map((claim) => renderClaim(claim, referenceOf, !unplacedIds.has(claim.id), language)).join("\n")}
</section>`;
  });
  const body = groups.length ? groups.join("\n") : `<p class="section-note">No claims have been marked in this article.</p>`;
  return `<section class="claims" id="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims by actor</h2>
${body}
</section>`;
}
