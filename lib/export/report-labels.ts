// Human labels for the words every export prints: link kinds in both directions, attribution,
// evidence kinds and stances, verdict and anchor status, counts and dates. The claim and verdict
// vocabulary reuses lib/domain's labels, so an export reads like the app. Where a format needs a
// shorter word (a CSV cell, a Markdown aside) it gets a second, named table here, never a copy.
import { ATTRIBUTION_LABELS, LINK_KIND_LABELS, type Attribution, type LinkKind } from "@/lib/domain/claim-types";
import { verdictStatusLabel as domainVerdictStatusLabel } from "@/lib/domain/verdict-workflow";
import type { ReportClaim, ReportEvidence, ReportLink, ReportVerdict } from "./report";

/** Which end of a link a claim is at: "from" reads "Rebuts", "to" reads "Rebutted by". */
export type LinkDirection = "from" | "to";

export function linkKindLabel(kind: ReportLink["kind"], direction: LinkDirection): string {
  return LINK_KIND_LABELS[kind.toUpperCase() as LinkKind][direction];
}

/** The label of `link` as seen from the claim `claimId` (the "to" side when it is not the "from" side). */
export function linkLabelFor(link: ReportLink, claimId: string): string {
  return linkKindLabel(link.kind, link.fromClaimId === claimId ? "from" : "to");
}

export function attributionLabel(attribution: ReportClaim["attribution"]): string {
  return ATTRIBUTION_LABELS[attribution.toUpperCase() as Attribution];
}

export const EVIDENCE_KIND_LABELS: Record<ReportEvidence["kind"], string> = {
  official_statement: "Official statement",
  media_report: "Media report",
  osint: "OSINT",
  imagery: "Imagery",
  document: "Document",
  expert: "Expert",
};

export const STANCE_LABELS: Record<ReportEvidence["stance"], string> = {
  refutes: "Refutes the claim",
  supports: "Supports the claim",
  context: "Context",
};

/** The stance in one word, where the claim it is about is already the subject (Markdown). */
export const STANCE_SHORT_LABELS: Record<ReportEvidence["stance"], string> = {
  refutes: "Refutes",
  supports: "Supports",
  context: "Context",
};

export const ANCHOR_STATUS_LABELS: Record<ReportClaim["anchorStatus"], string> = {
  exact: "Found exactly in the current text",
  moved: "Found in the current text at a new place",
  fuzzy: "Found approximately in the current text (the wording changed)",
  orphaned: "Could not be placed in the current text",
};

/** The anchor status as a column value (CSV) or a short aside (Markdown). */
export const ANCHOR_STATUS_SHORT_LABELS: Record<ReportClaim["anchorStatus"], string> = {
  exact: "Exact",
  moved: "Moved",
  fuzzy: "Fuzzy match",
  orphaned: "Orphaned",
};

/** What the HTML report says of a claim it cannot highlight, in its list and in the claim's entry. */
export const UNPLACED_NOTE = "could not be placed in the current text";

export function verdictStatusLabel(status: ReportVerdict["status"]): string {
  return domainVerdictStatusLabel(status);
}

/** "1 claim", "3 claims". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

// Written out rather than Intl: the same report must read the same on every server and in tests.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parseDate(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "26 March 2022" (UTC). An unparseable value is returned as it came, null as "". */
export function formatReportDate(value: string | null): string {
  if (value === null) return "";
  const date = parseDate(value);
  return date ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : value;
}

/** "1 December 2026, 12:00 UTC". */
export function formatReportDateTime(value: string | null): string {
  if (value === null) return "";
  const date = parseDate(value);
  if (!date) return value;
  const time = `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
  return `${formatReportDate(value)}, ${time} UTC`;
}
