// The one report object every export format is built from (lib/export/*: pure builders,
// (Report) -> string). lib/db/report.ts loads it in one query and applies the rules that decide
// what a reader may see (which verdicts, numbering, roll-up), so no builder re-decides them.
import type { DocNode } from "@/lib/editor/canonical-text";

export const EXPORT_FORMATS = ["html", "pdf", "md", "csv", "w3c", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An actor as reports name it. `label` is the short label shown beside every highlight. */
export type ReportActor = { id: string; name: string; color: string; label: string; kind: "state" | "institution" | "person" | "other" };

export type ReportLink = {
  id: string;
  /** rebuts | supports | qualifies | same_claim, read as "from <kind> to". */
  kind: "rebuts" | "supports" | "qualifies" | "same_claim";
  fromClaimId: string;
  toClaimId: string;
  note: string;
  /** The claim at the other end, when it belongs to another article (else null: it is in `claims`). */
  external: { claimId: string; articleId: string; articleTitle: string; actorName: string; exact: string } | null;
};

export type ReportEvidence = {
  id: string;
  /** Always http(s): the API refuses anything else, and builders still check (isWebUrl). */
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  kind: "official_statement" | "media_report" | "osint" | "imagery" | "document" | "expert";
  stance: "refutes" | "supports" | "context";
  retrievedAt: string | null;
};

export type ReportRating = { key: string; label: string; color: string; definition: string; ratingValue: number | null };

export type ReportVerdict = {
  id: string;
  status: "draft" | "in_review" | "approved" | "changes_requested";
  /** False for every verdict that is not approved: builders must mark it as such wherever it appears. */
  approved: boolean;
  /** One line: ClaimReview's claimReviewed. */
  claimSummary: string;
  rating: ReportRating | null;
  /** The rationale as a stored document (article schema) and as plain text. */
  rationale: DocNode | null;
  rationaleText: string;
  authorName: string;
  reviewerName: string | null;
  /** When it was approved (or last decided); null for drafts. */
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Ids of the links and evidence (of this claim) the verdict relies on. */
  reliesOnLinkIds: string[];
  reliesOnEvidenceIds: string[];
};

export type ReportClaim = {
  id: string;
  /** 1-based, document order (lib/domain/claim-order): the footnote number everywhere. */
  number: number;
  /** The precise speaker, e.g. "Russian Defense Ministry". */
  actor: ReportActor;
  /** The state (or top-level actor) the speaker rolls up to; the same as `actor` for a state. */
  rollUpActor: ReportActor;
  relayedBy: ReportActor | null;
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in `article.text`. */
  start: number;
  end: number;
  anchorStatus: "exact" | "moved" | "fuzzy" | "orphaned";
  attribution: "direct_quote" | "paraphrase" | "anonymous_source" | "outlet_assertion";
  note: string;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
  /** Links with this claim at either end, oldest first. */
  links: ReportLink[];
  evidence: ReportEvidence[];
  /** Null when there is none, or when it is not approved and the export leaves drafts out. */
  verdict: ReportVerdict | null;
};

export type Report = {
  article: {
    id: string;
    title: string;
    source: string;
    url: string | null;
    publishedAt: string | null;
    language: string;
    revision: { id: string; number: number };
    /** The canonical plain text every claim offset refers to. */
    text: string;
    /** The document (article schema) whose canonical text is `text`. */
    body: DocNode;
  };
  /** Every live claim in document order, numbered. */
  claims: ReportClaim[];
  /** Actors with at least one claim (roll-up actors first, in order of first appearance). */
  actors: ReportActor[];
  exportedAt: string;
  exportedBy: { name: string };
  /** Whether unapproved verdicts were asked for (`drafts=1`). */
  includesDrafts: boolean;
  /** The desk publishing the report: ClaimReview's author. */
  publisher: { name: string; url: string | null };
  /** Absolute origin used to mint stable IRIs and links back into the app, without a trailing slash. */
  baseUrl: string;
};

/** Stable IRIs, one definition for every format that names a claim, article or report. */
export const reportIris = {
  article: (report: Report) => `${report.baseUrl}/articles/${report.article.id}`,
  /** The W3C target source: the article's own URL where it has one, else a URN that never changes. */
  targetSource: (report: Report) => (report.article.url && isWebUrl(report.article.url) ? report.article.url : `urn:counterclaim:article:${report.article.id}`),
  annotation: (report: Report, claimId: string) => `${report.baseUrl}/api/v1/claims/${claimId}`,
  collection: (report: Report) => `${report.baseUrl}/api/v1/articles/${report.article.id}/export?format=w3c`,
  claimInApp: (report: Report, claimId: string) => `${report.baseUrl}/articles/${report.article.id}?claim=${claimId}`,
  evidence: (report: Report, evidenceId: string) => `${report.baseUrl}/api/v1/evidence/${evidenceId}`,
  link: (report: Report, linkId: string) => `${report.baseUrl}/api/v1/links/${linkId}`,
  /** The verdict's API resource (GET /api/v1/verdicts/:id). */
  verdict: (report: Report, verdictId: string) => `${report.baseUrl}/api/v1/verdicts/${verdictId}`,
};

/**
 * Only http(s) URLs are ever emitted as links, whatever reached the database. A plain boolean, not
 * a type guard: a guard would tell TypeScript that a `string` failing the test is `never`.
 */
export function isWebUrl(value: string | null | undefined): boolean {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
